package org.easeback.ui.studio;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.UserCatalogs;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.TechniqueDocument;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.ScreenChrome;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Opens the technique editor for the routine studio: the user's catalogs are read in the background, then the
 * editor is shown over a new technique or one of the user's. A technique that cannot be edited (not found, in a
 * broken file, or sharing its file with others) gets a screen that says why and what to do.
 */
public final class TechniqueEditorScreens implements TechniqueEditing {

    /** What opening found: a document to edit, or why there is none. */
    private sealed interface Opening {
        record Opened(TechniqueDocument document, boolean fresh, TechniqueCatalog bundled, UserCatalogs user)
                implements Opening {
        }

        record Refused(String sentence) implements Opening {
        }
    }

    private final AppNavigator navigator;
    private final BackgroundTasks tasks;
    private final DataDirectory data;
    private final Supplier<TechniqueCatalog> bundled;

    /**
     * @param bundled the bundled catalog; called on a background thread, so it may load it
     */
    public TechniqueEditorScreens(AppNavigator navigator, BackgroundTasks tasks, DataDirectory data,
                                  Supplier<TechniqueCatalog> bundled) {
        this.navigator = navigator;
        this.tasks = tasks;
        this.data = data;
        this.bundled = bundled;
    }

    @Override
    public void newTechnique(Runnable back) {
        open(Optional.empty(), back);
    }

    @Override
    public void editTechnique(String id, Runnable back) {
        open(Optional.of(id), back);
    }

    private void open(Optional<String> id, Runnable back) {
        tasks.run(() -> opening(id), o -> show(o, back), e -> show(new Opening.Refused("The techniques folder could "
                + "not be read (" + e.getMessage() + "). Check that " + data.techniques() + " can be read, then "
                + "try again."), back));
    }

    /** Off the FX thread: reads the catalogs and finds the technique. */
    private Opening opening(Optional<String> id) {
        TechniqueCatalog catalog = bundled.get();
        UserCatalogs user = UserCatalogs.load(data.techniques(), catalog, CatalogSafety.rules());
        if (id.isEmpty()) {
            return new Opening.Opened(TechniqueDocument.blank(data), true, catalog, user);
        }
        String wanted = id.get();
        if (catalog.find(wanted).isPresent()) {
            return new Opening.Refused("'" + wanted + "' is a bundled technique, which the studio does not change. "
                    + "Make a new technique of your own instead, with its own id.");
        }
        for (UserCatalogs.File file : user.files()) {
            Optional<Technique> found = file.techniques().stream().filter(t -> t.id().equals(wanted)).findFirst();
            if (found.isPresent()) {
                if (file.techniques().size() > 1) {
                    return new Opening.Refused(file.path() + " holds " + file.techniques().size() + " techniques; "
                            + "the studio edits files of one technique each. Move '" + wanted + "' into a file of "
                            + "its own, then open it again.");
                }
                return new Opening.Opened(TechniqueDocument.of(found.get(), file.path(), data), false, catalog,
                        user);
            }
        }
        List<UserCatalogs.File> broken = user.broken();
        return new Opening.Refused("There is no technique '" + wanted + "' in your techniques folder"
                + (broken.isEmpty() ? "." : "; " + broken.size() + (broken.size() == 1 ? " file there has" : " files "
                + "there have") + " errors, and a file with errors adds none of its techniques. Fix it with "
                + "'easeback validate " + data.techniques() + "'."));
    }

    private void show(Opening opening, Runnable back) {
        if (opening instanceof Opening.Opened o) {
            navigator.show(new TechniqueEditorView(new TechniqueEditorModel(o.document(), o.fresh(), o.bundled(),
                    o.user(), tasks), back));
        } else {
            navigator.show(refusal(((Opening.Refused) opening).sentence(), back));
        }
    }

    private static AppScreen refusal(String sentence, Runnable back) {
        Label why = new Label(sentence);
        why.setWrapText(true);
        why.getStyleClass().add("technique-open-refusal");
        Button button = Icons.on(new Button("Back"), Material2AL.ARROW_BACK);
        button.getStyleClass().add("technique-back");
        button.setOnAction(e -> back.run());
        VBox content = new VBox(why, button);
        content.getStyleClass().add("page");
        BorderPane root = new BorderPane(content);
        root.setTop(ScreenChrome.header(ScreenChrome.titleRow("This technique cannot be opened")));
        root.getStyleClass().addAll("screen", "technique-editor");
        root.getStylesheets().add(TechniqueEditorView.STYLESHEET);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.run();
                e.consume();
            }
        });
        return new AppScreen() {
            @Override
            public javafx.scene.Node root() {
                return root;
            }

            @Override
            public javafx.scene.Node initialFocus() {
                return button;
            }
        };
    }
}
