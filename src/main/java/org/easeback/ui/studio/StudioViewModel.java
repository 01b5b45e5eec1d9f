package org.easeback.ui.studio;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.routine.Technique;
import org.easeback.studio.AddStepJob;
import org.easeback.studio.MoveStepJob;
import org.easeback.studio.PlanPreview;
import org.easeback.studio.RemoveStepJob;
import org.easeback.studio.RoutineDocument;
import org.easeback.studio.RoutineDraft;
import org.easeback.studio.RoutineField;
import org.easeback.studio.SetFieldJob;
import org.easeback.studio.StepNode;
import org.easeback.studio.StepPath;
import org.easeback.studio.StudioJob;

/**
 * The routine studio without a scene: the routine open in it, every edit run as a job through its undo history, the
 * selected step and its fields as text, and the live checks and plan (see {@link StudioChecks}). Saving, reloading
 * and exporting are {@link StudioFiles}. FX thread only; nothing here reads or writes a file.
 */
public final class StudioViewModel {

    /** The routine fields the form shows, in its order. */
    public static final List<RoutineField> FORM = List.of(RoutineField.TITLE, RoutineField.ID, RoutineField.SUMMARY,
            RoutineField.AUTHOR, RoutineField.AUDIENCE, RoutineField.LEVEL, RoutineField.LANGUAGE,
            RoutineField.CHECK_IN_EVERY_SECONDS, RoutineField.EQUIPMENT);

    private final StudioContext context;
    private final StudioChecks checks;
    private final StudioFiles files;
    private final StudioTrips trips;
    private final boolean fresh;
    private RoutineDocument document;
    private StudioCatalog catalog;
    private final EnumMap<RoutineField, StringProperty> routineFields = new EnumMap<>(RoutineField.class);
    private final Map<String, StringProperty> stepFields = new LinkedHashMap<>();
    private final ObjectProperty<StepPath> selected = new SimpleObjectProperty<>(this, "selected", StepPath.ROUTINE);
    private final ReadOnlyStringWrapper selectedKind = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper editorRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<StepOutline>> outline = new ReadOnlyObjectWrapper<>(List.of());
    private final StudioStatus status = new StudioStatus();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper userTechniqueChosen = new ReadOnlyBooleanWrapper();
    private final ObservableList<Technique> techniques = FXCollections.observableArrayList();
    private final ObservableList<Technique> techniquesView = FXCollections.unmodifiableObservableList(techniques);
    private final Runnable historyListener = this::historyChanged;
    private boolean refreshing;

    /**
     * @param fresh true for a new, blank routine: leaving it untouched needs no question
     */
    public StudioViewModel(RoutineDocument document, StudioCatalog catalog, StudioContext context, boolean fresh) {
        this.context = context;
        this.fresh = fresh;
        this.checks = new StudioChecks(context.tasks());
        this.files = new StudioFiles(this, context);
        this.trips = new StudioTrips(this);
        for (RoutineField f : RoutineField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.jsonName(), "");
            p.addListener((o, was, now) -> {
                if (!refreshing) {
                    execute(SetFieldJob.of(draft(), f, now == null ? "" : now));
                }
            });
            routineFields.put(f, p);
        }
        selected.addListener((o, was, now) -> prepareStepFields());
        this.catalog = catalog;
        techniques.setAll(catalog.techniques());
        attach(document);
    }

    private void attach(RoutineDocument next) {
        if (document != null) {
            document.history().removeListener(historyListener);
        }
        document = next;
        document.history().addListener(historyListener);
        checks.use(catalog, document);
        if (!selected.get().isRoutine() && !draft().has(selected.get())) {
            selected.set(StepPath.ROUTINE);
        }
        historyChanged();
        prepareStepFields();
    }

    RoutineDocument document() {
        return document;
    }

    /** Opens the routine as it is now on disk instead, with a fresh history (reload). */
    void replaceDocument(RoutineDocument next) {
        attach(next);
    }

    void useCatalog(StudioCatalog next) {
        catalog = next;
        techniques.setAll(next.techniques());
        checks.use(next, document);
        historyChanged();
    }

    /** Shows {@code text} in the studio's message line. */
    void say(String text) {
        message.set(text);
    }

    RoutineDraft draft() {
        return document.draft();
    }

    private boolean execute(StudioJob job) {
        return document.history().execute(job);
    }

    private void historyChanged() {
        refreshing = true;
        try {
            StepPath sel = selected.get();
            if (!sel.isRoutine() && !draft().has(sel)) {
                selected.set(StepOutline.nearest(draft(), sel));
            }
            for (RoutineField f : RoutineField.values()) {
                routineFields.get(f).set(draft().get(f));
            }
            StepPath now = selected.get();
            if (!now.isRoutine() && draft().step(now).kind().equals(selectedKind.get())) {
                StepNode node = draft().step(now);
                stepFields.forEach((name, p) -> p.set(node.field(name)));
            } else if (!now.isRoutine() || !selectedKind.get().isEmpty()) {
                prepareStepFields();
            }
            outline.set(StepOutline.of(draft().steps(), StepPath.ROUTINE, catalog));
            status.update(document.history(), unsaved(), draft().get(RoutineField.TITLE));
            updateUserTechnique();
        } finally {
            refreshing = false;
        }
        checks.draftChanged(document);
    }

    private void prepareStepFields() {
        boolean was = refreshing;
        refreshing = true;
        try {
            stepFields.clear();
            StepPath path = selected.get();
            if (path.isRoutine() || !draft().has(path)) {
                selectedKind.set("");
            } else {
                StepNode node = draft().step(path);
                selectedKind.set(node.kind());
                for (String name : node.editableFields()) {
                    StringProperty p = new SimpleStringProperty(this, name, node.field(name));
                    p.addListener((o, before, now) -> {
                        if (!refreshing && draft().has(path)) {
                            execute(SetFieldJob.of(draft(), path, name, now == null ? "" : now));
                        }
                    });
                    stepFields.put(name, p);
                }
            }
            updateUserTechnique();
        } finally {
            refreshing = was;
        }
        editorRevision.set(editorRevision.get() + 1);
    }

    private void updateUserTechnique() {
        StringProperty t = stepFields.get("technique");
        userTechniqueChosen.set(t != null && catalog.userIds().contains(t.get()));
    }

    boolean unsaved() {
        // A new routine left untouched holds nothing to lose; a copy of a bundled one is new work until saved.
        return document.history().dirty() || !fresh && document.needsSaving();
    }

    // ---- the routine's fields

    /** The text of a routine field; setting it is an edit (typing in one field is one undo step). */
    public StringProperty routineField(RoutineField field) {
        return routineFields.get(field);
    }

    /** Focus left a field: the next edit is its own undo step; a routine with a title but no id gets one from it. */
    public void endTyping() {
        document.history().endTyping();
        if (draft().get(RoutineField.ID).isEmpty() && !StudioWording.idFrom(draft().get(RoutineField.TITLE))
                .isEmpty()) {
            execute(SetFieldJob.of(draft(), RoutineField.ID,
                    StudioWording.idFrom(draft().get(RoutineField.TITLE))));
            document.history().endTyping();
        }
    }

    // ---- the steps

    /** The steps as the tree shows them. */
    public ReadOnlyObjectProperty<List<StepOutline>> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** The selected step, or {@link StepPath#ROUTINE} for the routine's own fields. */
    public ObjectProperty<StepPath> selectedProperty() {
        return selected;
    }

    /** The selected step's kind; "" when the routine is selected. */
    public ReadOnlyStringProperty selectedKindProperty() {
        return selectedKind.getReadOnlyProperty();
    }

    /** Counts up each time the selected step's editors must be built again (another step or kind). */
    public ReadOnlyIntegerProperty editorRevisionProperty() {
        return editorRevision.getReadOnlyProperty();
    }

    /** The selected step's fields, in file order, for the editors. */
    public List<String> stepFieldNames() {
        return List.copyOf(stepFields.keySet());
    }

    /** The text of the selected step's {@code field}; setting it is an edit. */
    public StringProperty stepField(String field) {
        StringProperty p = stepFields.get(field);
        if (p == null) {
            throw new IllegalArgumentException("the selected step has no field '" + field + "'");
        }
        return p;
    }

    /** Adds a new step of {@code kind} after the selected one (at the end when the routine is selected). */
    public void addStep(String kind) {
        StepPath sel = selected.get();
        add(kind, sel.isRoutine() ? StepPath.ROUTINE.child(draft().steps().size()) : sel.withIndex(sel.index() + 1));
    }

    /** True if the selected step is a repeat, which new steps can go inside. */
    public boolean repeatSelected() {
        return "repeat".equals(selectedKind.get());
    }

    /** Adds a new step of {@code kind} at the end of the selected repeat. */
    public void addStepInside(String kind) {
        if (!repeatSelected()) {
            throw new IllegalStateException("select a repeat to add a step inside it");
        }
        StepPath sel = selected.get();
        add(kind, sel.child(draft().step(sel).children().size()));
    }

    private void add(String kind, StepPath at) {
        execute(AddStepJob.newStep(draft(), at, kind));
        selected.set(at);
    }

    /** Ctrl+D: a copy of the selected step right after it. */
    public void duplicateSelected() {
        StepPath sel = selected.get();
        if (!sel.isRoutine()) {
            AddStepJob job = AddStepJob.duplicate(draft(), sel);
            execute(job);
            selected.set(job.at());
        }
    }

    /** Delete: removes the selected step (a repeat with the steps inside it); Undo brings it back. */
    public void removeSelected() {
        if (!selected.get().isRoutine()) {
            execute(RemoveStepJob.of(draft(), selected.get()));
        }
    }

    /** Alt+↑. */
    public void moveSelectedUp() {
        move(selected.get().isRoutine() ? Optional.empty() : MoveStepJob.up(draft(), selected.get()));
    }

    /** Alt+↓. */
    public void moveSelectedDown() {
        move(selected.get().isRoutine() ? Optional.empty() : MoveStepJob.down(draft(), selected.get()));
    }

    /** A drag and drop: the step at {@code from} into the list {@code targetList}, before its step {@code index}. */
    public void drop(StepPath from, StepPath targetList, int index) {
        move(MoveStepJob.drop(draft(), from, targetList, index));
    }

    private void move(Optional<MoveStepJob> job) {
        job.ifPresent(j -> {
            execute(j);
            selected.set(j.to());
        });
    }

    /** The techniques a step may name, bundled then the user's. */
    public ObservableList<Technique> techniques() {
        return techniquesView;
    }

    /** The catalog the draft is checked against. */
    public StudioCatalog catalog() {
        return catalog;
    }

    /** A picture chosen with the file dialog, written as a path beside the routine's file where it can be. */
    public void pictureChosen(Path picture) {
        Path folder = document.file().toAbsolutePath().getParent();
        Path abs = picture.toAbsolutePath();
        String text = abs.startsWith(folder) ? folder.relativize(abs).toString().replace('\\', '/') : abs.toString();
        stepField("image").set(text);
    }

    // ---- undo, checks, state

    public void undo() {
        document.history().undo();
    }

    public void redo() {
        document.history().redo();
    }

    /** Undo, Redo and the unsaved mark. */
    public StudioStatus status() {
        return status;
    }

    /** The last thing the studio has to say: saved, exported, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the selected step names a technique of the user's own, which Edit technique opens. */
    public ReadOnlyBooleanProperty userTechniqueChosenProperty() {
        return userTechniqueChosen.getReadOnlyProperty();
    }

    /** The live diagnostics and plan. */
    public StudioChecks checks() {
        return checks;
    }

    /** Saving, reloading and exporting. */
    public StudioFiles files() {
        return files;
    }

    /** True if this window can play a preview. */
    public boolean previewAvailable() {
        return context.preview().isPresent();
    }

    /** True if this window has a technique editor to open. */
    public boolean techniqueEditingAvailable() {
        return context.techniques().isPresent();
    }

    /** The file the routine saves to. */
    public Path file() {
        return document.file();
    }

    /** Leaving, previews and the technique editor. */
    public StudioTrips trips() {
        return trips;
    }

    Optional<PlanPreview> plan() {
        return checks.planProperty().get();
    }

    StudioContext context() {
        return context;
    }
}
