package org.easeback.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.easeback.routine.Diagnostic;
import org.easeback.studio.share.ImportCheck;
import org.easeback.studio.share.ImportPlan;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * Importing a shared routine from the library, one step at a time: check in the background, then show why it was
 * refused, or ask how to settle clashing ids (keeping both is the default; replacing is only ever chosen), then write
 * in the background and confirm. Nothing is written before the user has seen every clash.
 */
public final class ImportFlow {

    /** Where an import stands; the library shows a pane for each step but {@link Idle}. */
    public sealed interface Step {
    }

    /** No import under way. */
    public record Idle() implements Step {
    }

    /** The file is being read and checked. */
    public record Checking(Path file) implements Step {
    }

    /** The file was refused; nothing was written. {@code problems} are sentences, PATH:LINE:COL where known. */
    public record Refused(Path file, List<String> problems) implements Step {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** Ids clashed: the user chooses between keeping both and, when offered, replacing their own routine. */
    public record Asking(ImportPlan keepBoth, Optional<ImportPlan> replace) implements Step {
        /** What keeping both does, one sentence per clash. */
        public List<String> keepBothSays() {
            return keepBoth.clashes().stream().map(ImportPlan.Clash::describe).toList();
        }
    }

    /** The files are being written. */
    public record Importing(ImportPlan plan) implements Step {
    }

    /** The routine was imported; the library has reloaded and selected it. */
    public record Done(ImportPlan plan) implements Step {
        /** The short confirmation: "Imported 'Title' as its-id." */
        public String says() {
            return "Imported '" + plan.title() + "' as " + plan.routineId() + ".";
        }
    }

    /** Writing failed; {@code sentence} says what to do. */
    public record Failed(String sentence) implements Step {
    }

    private final BackgroundTasks tasks;
    private final RoutineImporter importer;
    private final Consumer<ImportPlan> onImported;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(new Idle());
    private BackgroundTasks.Cancellable pending = () -> { };

    /** @param onImported called on the FX thread after a routine was written (the library reloads and selects it) */
    public ImportFlow(BackgroundTasks tasks, RoutineImporter importer, Consumer<ImportPlan> onImported) {
        this.tasks = tasks;
        this.importer = importer;
        this.onImported = onImported;
    }

    public boolean available() {
        return importer.available();
    }

    /** Checks {@code file} in the background. */
    public void start(Path file) {
        pending.cancel();
        step.set(new Checking(file));
        pending = tasks.run(() -> importer.check(file), check -> checked(file, check),
                e -> step.set(new Refused(file, List.of(file + ": this file could not be checked ("
                        + e.getClass().getSimpleName() + "). Nothing was written; try again, or import it with "
                        + "easeback routines import to see more."))));
    }

    private void checked(Path file, ImportCheck check) {
        if (check instanceof ImportCheck.Refused refused) {
            step.set(new Refused(file, refused.diagnostics().stream().map(ImportFlow::line).toList()));
        } else if (check instanceof ImportCheck.Ready ready && ready.hasClashes()) {
            step.set(new Asking(ready.keepBoth(), ready.replace()));
        } else {
            commit(((ImportCheck.Ready) check).keepBoth());
        }
    }

    /** Settles the clashes by keeping both: the imported routine takes a new id. The default answer. */
    public void keepBoth() {
        if (step.get() instanceof Asking asking) {
            commit(asking.keepBoth());
        }
    }

    /** Settles the clash by replacing the user's own routine of the same id; only when that was offered. */
    public void replace() {
        if (step.get() instanceof Asking asking && asking.replace().isPresent()) {
            commit(asking.replace().get());
        }
    }

    /** Closes the pane: a question is answered "import nothing", a result is dismissed; a check under way is dropped. */
    public void dismiss() {
        if (!(step.get() instanceof Importing)) {
            pending.cancel();
            step.set(new Idle());
        }
    }

    private void commit(ImportPlan plan) {
        step.set(new Importing(plan));
        pending = tasks.run(() -> {
            importer.commit(plan);
            return plan;
        }, done -> {
            step.set(new Done(done));
            onImported.accept(done);
        }, e -> step.set(new Failed(failure(e))));
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    private static String failure(Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Nothing was imported: " + (why.endsWith(".") ? why
                : why + ". Check that your data folder can be written to, then import again.");
    }

    /** PATH:LINE:COL: MESSAGE where the problem has a place in the file; PATH: MESSAGE for the file as a whole. */
    static String line(Diagnostic d) {
        String line = d.line() <= 1 && d.column() <= 1 ? d.file() + ": " + d.message() : d.format();
        return line.endsWith(".") || line.endsWith("?") ? line : line + ".";
    }
}
