package org.easeback.ui.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.RoutineDocument;
import org.easeback.studio.RoutineField;
import org.easeback.studio.share.ShareExport;

/**
 * The studio's file work, always in the background: saving (asking before replacing a file another program
 * changed), noticing such a change while the routine is open and offering to reload it, and exporting a shared
 * file. Results come back on the FX thread through the background tasks.
 */
public final class StudioFiles {

    private final StudioViewModel model;
    private final StudioContext context;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reloadOffered = new ReadOnlyBooleanWrapper();
    private boolean checkingDisk;
    private boolean offerDismissed;

    StudioFiles(StudioViewModel model, StudioContext context) {
        this.model = model;
        this.context = context;
    }

    /** Ctrl+S: writes the routine to its file in the user's routines folder, then runs {@code after}. */
    public void save(Runnable after) {
        save(after, false);
    }

    private void save(Runnable after, boolean replace) {
        if (saving.get()) {
            return;
        }
        RoutineDocument doc = model.document();
        RoutineDocument.PendingSave pending = doc.prepareSave();
        saving.set(true);
        context.tasks().run(() -> {
            doc.write(pending, replace);
            return doc.file();
        }, file -> {
            saving.set(false);
            doc.saved(pending);
            reloadOffered.set(false);
            offerDismissed = false;
            model.say("Saved to " + file + ".");
            after.run();
        }, failure -> {
            saving.set(false);
            if (failure instanceof RoutineDocument.ChangedOnDiskException) {
                switch (context.questions().changedOnDisk(doc.file().getFileName().toString())) {
                    case OVERWRITE -> save(after, true);
                    case RELOAD -> reload();
                    case CANCEL -> model.say("Not saved: the file on disk was left as the other program wrote it.");
                }
            } else {
                model.say("Could not save " + doc.file() + ": " + failure.getMessage() + ". Check that the folder "
                        + "exists and can be written, then save again.");
            }
        });
    }

    /** True while a save is being written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Asks, in the background, whether the file changed on disk; if it did, {@link #reloadOfferedProperty()}. */
    public void checkDisk() {
        if (checkingDisk || saving.get() || reloadOffered.get() || offerDismissed) {
            return;
        }
        checkingDisk = true;
        RoutineDocument doc = model.document();
        context.tasks().run(doc::diskState, state -> {
            checkingDisk = false;
            if (state == RoutineDocument.DiskState.CHANGED && doc == model.document() && !saving.get()) {
                reloadOffered.set(true);
            }
        }, failure -> checkingDisk = false);
    }

    /** True while the studio offers to reload a file another program changed. */
    public ReadOnlyBooleanProperty reloadOfferedProperty() {
        return reloadOffered.getReadOnlyProperty();
    }

    /** Keeps the studio's version; the offer comes back only after the next save or reload. */
    public void keepMine() {
        reloadOffered.set(false);
        offerDismissed = true;
    }

    /** Opens the file as it is on disk now, dropping the studio's edits and their history. */
    public void reload() {
        RoutineDocument doc = model.document();
        List<String> problems = new ArrayList<>();
        context.tasks().run(() -> doc.reloaded(problems), opened -> {
            reloadOffered.set(false);
            offerDismissed = false;
            if (opened.isPresent()) {
                model.replaceDocument(opened.get());
                model.say("Reloaded " + doc.file().getFileName() + " as it is on disk.");
            } else {
                model.say("Could not reload " + doc.file() + ": " + String.join("; ", problems));
            }
        }, failure -> model.say("Could not reload " + doc.file() + ": " + failure.getMessage()));
    }

    /** Reads the technique catalogs again (after the technique editor), and checks the draft against them. */
    public void reloadCatalog() {
        context.tasks().run(() -> StudioCatalog.load(context.data()), model::useCatalog,
                failure -> model.say("Could not read the technique catalogs: " + failure.getMessage()));
    }

    /**
     * Writes the saved routine, its own techniques and pictures as one shared file at {@code target}. The routine
     * must be saved and valid, because the shared file holds what the library loads.
     */
    public void export(Path target) {
        if (model.unsaved()) {
            model.say("Save the routine first (Ctrl+S): the shared file holds the routine as saved.");
            return;
        }
        String id = model.document().draft().get(RoutineField.ID);
        context.tasks().run(() -> {
            RoutineLibrary library = RoutineLibrary.load(context.data(), SafetyRoutineRules.all(),
                    CatalogSafety.rules());
            byte[] bytes = ShareExport.export(library, id, CatalogSafety.bundledOrEmpty());
            new AtomicFileWriter().write(target, bytes);
            return target;
        }, file -> model.say("Exported to " + file + "."),
                failure -> model.say("Could not export: " + failure.getMessage()));
    }

    /** The suggested name of the shared file. */
    public String exportName() {
        String id = model.document().draft().get(RoutineField.ID);
        return (id.isEmpty() ? "routine" : id) + ".share.json";
    }
}
