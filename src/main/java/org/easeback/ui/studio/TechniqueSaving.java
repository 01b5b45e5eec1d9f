package org.easeback.ui.studio;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.easeback.routine.Diagnostic;
import org.easeback.studio.TechniqueChecker;
import org.easeback.studio.TechniqueDiagnostic;
import org.easeback.studio.TechniqueDocument;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * Saves the technique being edited: a snapshot of the draft is taken on the FX thread, checked and written
 * atomically on a worker, and the document marked saved back on the FX thread. A technique with an error is not
 * written: a broken catalog in the techniques folder would add nothing and the library would list it as broken.
 */
public final class TechniqueSaving {

    /** How the last save went, as a sentence for the footer. */
    public sealed interface Outcome {
        /** What the footer says. */
        String sentence();

        /** Written to its file; routines can use it by id. */
        record Saved(String sentence) implements Outcome {
        }

        /** Not written, because the check found errors; they are listed. */
        record Refused(String sentence, List<TechniqueDiagnostic> diagnostics) implements Outcome {
        }

        /** Not written, because the file could not be. */
        record Failed(String sentence) implements Outcome {
        }
    }

    private final TechniqueDocument document;
    private final TechniqueChecker checker;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();

    TechniqueSaving(TechniqueDocument document, TechniqueChecker checker, BackgroundTasks tasks) {
        this.document = document;
        this.checker = checker;
        this.tasks = tasks;
    }

    /** True while a save is under way; a second Ctrl+S then does nothing. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last save's outcome, or null before the first. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Checks and writes the draft as it is now; {@code onSaved} runs on the FX thread once it is written. */
    void save(Runnable onSaved) {
        if (running.get()) {
            return;
        }
        TechniqueDocument.SaveSnapshot snapshot = document.snapshot();
        running.set(true);
        tasks.run(() -> {
            List<TechniqueDiagnostic> found = checker.check(snapshot.bytes(), snapshot.target());
            long errors = found.stream().filter(d -> d.diagnostic().severity() == Diagnostic.Severity.ERROR).count();
            if (errors > 0) {
                return new Outcome.Refused("Not saved: fix the " + (errors == 1 ? "problem" : errors + " problems")
                        + " listed first, then press Ctrl+S again.", found);
            }
            document.write(snapshot);
            return (Outcome) new Outcome.Saved("Saved as " + snapshot.target().getFileName() + " in your techniques "
                    + "folder. Routines can use it as '" + idOf(snapshot) + "'.");
        }, result -> {
            running.set(false);
            if (result instanceof Outcome.Saved) {
                document.saved(snapshot);
            }
            outcome.set(result);
            if (result instanceof Outcome.Saved) {
                onSaved.run();
            }
        }, e -> {
            running.set(false);
            outcome.set(new Outcome.Failed("Not saved: " + reason(e) + ". Check that the data folder can be "
                    + "written to, then press Ctrl+S again."));
        });
    }

    private static String idOf(TechniqueDocument.SaveSnapshot snapshot) {
        String name = snapshot.target().getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the file could not be written" : m.replaceAll("[.\\s]+$", "");
    }
}
