package org.easeback.ui.studio;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.easeback.studio.JobHistory;

/** Where the routine stands against its history: what Undo and Redo would do, and whether edits are unsaved. */
public final class StudioStatus {

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("New routine");

    void update(JobHistory h, boolean unsaved, String routineTitle) {
        dirty.set(unsaved);
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(h.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        String name = routineTitle.isBlank() ? "New routine" : routineTitle;
        title.set(unsaved ? name + " \u2022 unsaved" : name);
    }

    /** The title without the unsaved mark, for questions. */
    String plainTitle() {
        return title.get().replace(" \u2022 unsaved", "");
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Set title", for the button's tooltip. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True when leaving would lose edits. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The routine's title, with "• unsaved" while it has unsaved edits. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
