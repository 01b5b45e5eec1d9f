package org.easeback.ui.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.RoutineDocument;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.PreviewLauncher;
import org.easeback.ui.kit.StudioLauncher;

/**
 * Opens the routine studio for the library: on a new routine, on a user routine as it is on disk (valid or not), or
 * on a copy of a bundled routine in the user's folder, which is never edited in place. The catalogs and files are
 * read in the background; the studio shows once they are.
 */
public final class StudioScreens implements StudioLauncher {

    private final AppNavigator navigator;
    private final DataDirectory data;
    private final BackgroundTasks tasks;
    private final FileDialogs dialogs;
    private final Optional<PreviewLauncher> preview;
    private final Optional<TechniqueEditing> techniques;

    /** A document opened and what to check it against. */
    private record Opened(RoutineDocument document, StudioCatalog catalog, boolean fresh) {
    }

    public StudioScreens(AppNavigator navigator, DataDirectory data, BackgroundTasks tasks, FileDialogs dialogs,
                         Optional<PreviewLauncher> preview, Optional<TechniqueEditing> techniques) {
        this.navigator = navigator;
        this.data = data;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.preview = preview;
        this.techniques = techniques;
    }

    @Override
    public void newRoutine() {
        tasks.run(() -> new Opened(RoutineDocument.blank(data), StudioCatalog.load(data), true), this::show,
                this::cannotOpen);
    }

    @Override
    public void edit(Path file, boolean bundled) {
        tasks.run(() -> bundled ? duplicate(file) : open(file), this::show, this::cannotOpen);
    }

    private Opened open(Path file) throws java.io.IOException {
        List<String> problems = new ArrayList<>();
        Optional<RoutineDocument> doc = RoutineDocument.open(file, data, problems);
        if (doc.isEmpty()) {
            throw new java.io.IOException(file + " is not a routine the studio can open (" + String.join("; ",
                    problems) + "). Fix it in a text editor; 'easeback validate' says where");
        }
        return new Opened(doc.get(), StudioCatalog.load(data), false);
    }

    private Opened duplicate(Path file) throws java.io.IOException {
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        Routine routine = library.entries().stream().filter(RoutineLibrary.Entry.Ready.class::isInstance)
                .map(RoutineLibrary.Entry.Ready.class::cast)
                .filter(e -> e.file().toString().equals(file.toString())
                        || e.origin() == RoutineLibrary.Origin.BUNDLED
                        && e.file().getFileName().toString().equals(String.valueOf(file.getFileName())))
                .map(RoutineLibrary.Entry.Ready::routine).findFirst()
                .orElseThrow(() -> new java.io.IOException("cannot find the routine in " + file + " in the library"));
        StudioCatalog catalog = StudioCatalog.of(library, CatalogSafety.userCatalogs(data).userTechniques().stream()
                .map(t -> t.id()).collect(java.util.stream.Collectors.toSet()));
        return new Opened(RoutineDocument.duplicate(routine, data, catalog.routines().keySet()), catalog, false);
    }

    private void show(Opened opened) {
        AlertQuestions questions = new AlertQuestions();
        StudioViewModel model = new StudioViewModel(opened.document(), opened.catalog(),
                new StudioContext(tasks, data, questions, preview, techniques), opened.fresh());
        StudioView view = new StudioView(model, navigator, dialogs);
        questions.anchor(view.root());
        navigator.show(view);
    }

    private void cannotOpen(Exception failure) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "The studio could not open the routine: "
                + failure.getMessage(), ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("Studio");
        alert.showAndWait();
    }
}
