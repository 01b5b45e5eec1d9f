package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.easeback.routine.RoutineLibrary.Origin;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.kit.LibraryContents.RoutineFile;
import org.easeback.ui.kit.SampleLibrary;
import org.easeback.ui.library.LibraryCard;
import org.easeback.ui.library.LibraryView;
import org.easeback.ui.library.LibraryViewModel;
import org.easeback.ui.library.RecordingStudio;
import org.easeback.ui.library.RoutineImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library's way into the studio by keyboard and by its buttons, and the import pane, in a window. */
class LibraryStudioKeysTest extends AppWindowFixture {

    private static final Path BUNDLED = Path.of("routines/partner-full.json");
    private static final Path MINE = Path.of("data/routines/short.json");

    @TempDir
    Path root;

    private final RecordingStudio studio = new RecordingStudio();

    @Start
    void start(Stage stage) {
        app = UiTestApp.show(stage);
    }

    /** The sample library with files: the full routine bundled, the short one the user's, their broken file. */
    private static LibraryContents contents() {
        LibraryContents sample = SampleLibrary.contents();
        return new LibraryContents(sample.routines(), sample.broken(), sample.techniques(), Map.of(
                SampleLibrary.FULL_PARTNER.id(), new RoutineFile(BUNDLED, Origin.BUNDLED),
                SampleLibrary.SHORT_PARTNER.id(), new RoutineFile(MINE, Origin.USER)));
    }

    private void showLibrary(RoutineImporter importer, Optional<Path> chosen) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, String description, String... extensions) {
                return chosen;
            }

            @Override
            public Optional<Path> save(Window owner, String title, String name, String description,
                                       String... extensions) {
                return Optional.empty();
            }

            @Override
            public boolean confirm(Window owner, String question, String action) {
                return false;
            }
        };
        robot.interact(() -> app.navigator().show(new LibraryView(new LibraryViewModel(app.services.tasks(),
                LibraryStudioKeysTest::contents, SampleLibrary.DURATIONS, r -> { }, studio, importer),
                () -> { }, dialogs)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> texts(String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryCard> cards() {
        return robot.lookup(".card-list").queryAs(ListView.class);
    }

    @Test
    void ctrlNOpensANewRoutineAndCtrlEDuplicatesABundledCardOrEditsTheUsersOwn() {
        showLibrary(RoutineImporter.none(), Optional.empty());
        assertThat(cards().getSelectionModel().getSelectedItem().title()).isEqualTo("Full lower-back massage");

        ctrl(KeyCode.N);
        ctrl(KeyCode.E);
        robot.type(KeyCode.DOWN);
        ctrl(KeyCode.E);

        assertThat(studio.calls).containsExactly("new", "edit " + BUNDLED + " bundled", "edit " + MINE + " user");
        assertThat(texts(".owner-badge")).containsExactly("Yours");
    }

    @Test
    void theBrokenRoutineOfTheUsersShowsAtTheTopWithACountAndOpensInTheStudio() {
        showLibrary(RoutineImporter.none(), Optional.empty());
        assertThat(texts(".broken-summary")).containsExactly("1 of your routines cannot be loaded");
        assertThat(cards().getItems().get(0).title()).isEqualTo("Could not load my-routine.json");
        assertThat(texts(".problem")).containsExactly(
                "Line 12, column 20: Unknown technique 'thumb-glid'; did you mean 'thumb-glide'?",
                "Line 18, column 7: Unknown field 'secnds' in step 3; did you mean 'seconds'?");

        robot.clickOn(robot.lookup(".open-in-studio").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.calls).containsExactly("edit " + SampleLibrary.BROKEN.file() + " user");
    }

    @Test
    void aReloadUnderASearchShowsTheChangedCardAndKeepsItSelected() {
        java.util.concurrent.atomic.AtomicReference<LibraryContents> now = new java.util.concurrent.atomic
                .AtomicReference<>(contents());
        LibraryViewModel model = new LibraryViewModel(app.services.tasks(), now::get, SampleLibrary.DURATIONS,
                r -> { }, studio, RoutineImporter.none());
        robot.interact(() -> app.navigator().show(new LibraryView(model, () -> { })));
        robot.type(KeyCode.SLASH);
        robot.write("ten-minute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(".card-title")).containsExactly("Ten-minute back rub");

        org.easeback.routine.Routine r = SampleLibrary.SHORT_PARTNER;
        org.easeback.routine.Routine renamed = new org.easeback.routine.Routine(r.id(), "Ten-minute back rub, v2",
                r.summary(), r.author(), r.language(), r.audience(), r.level(), r.equipment(),
                r.checkInEverySeconds(), r.steps());
        LibraryContents before = now.get();
        now.set(new LibraryContents(List.of(SampleLibrary.FULL_PARTNER, renamed, SampleLibrary.TENNIS_BALLS),
                before.broken(), before.techniques(), before.files()));
        robot.interact(model::reload);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(".card-title")).containsExactly("Ten-minute back rub, v2");
        assertThat(cards().getSelectionModel().getSelectedItem().title()).isEqualTo("Ten-minute back rub, v2");
    }

    @Test
    void atTheSmallestWindowEveryHeaderButtonShowsItsWholeLabel() {
        robot.interact(() -> {
            app.stage.setWidth(AppShell.MIN_WIDTH);
            app.stage.setHeight(AppShell.MIN_HEIGHT);
        });
        LibraryView view = new LibraryView(new LibraryViewModel(app.services.tasks(), LibraryStudioKeysTest::contents,
                SampleLibrary.DURATIONS, r -> { }, studio, RoutineImporter.into(new DataDirectory(root))), () -> { });
        // As the app shell adds them when there is a data folder.
        view.addHeaderButton(org.easeback.ui.kit.Icons.on(new Button("_Receivers"),
                org.kordamp.ikonli.material2.Material2MZ.PEOPLE));
        view.addHeaderButton(org.easeback.ui.kit.Icons.on(new Button("_History"),
                org.kordamp.ikonli.material2.Material2MZ.SHOW_CHART));
        robot.interact(() -> app.navigator().show(view));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            view.root().applyCss();
            ((javafx.scene.Parent) view.root()).layout();
            headerLabels((javafx.scene.Parent) robot.lookup(".screen-header").query(), cut);
        });
        assertThat(robot.lookup(".new-routine-button").queryAs(Button.class).isVisible()).isTrue();
        assertThat(cut).isEmpty();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(7); // the title and six buttons were looked at
    }

    private final List<String> checked = new java.util.ArrayList<>();

    /** Every showing label under {@code node} whose drawn text is not its whole text (an ellipsis). */
    private void headerLabels(javafx.scene.Parent node, List<String> cut) {
        for (Node child : node.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                String text = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
                String shown = l.getChildrenUnmodifiable().stream()
                        .filter(t -> t instanceof javafx.scene.text.Text && t.getStyleClass().contains("text"))
                        .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("");
                checked.add(text);
                if (!text.equals(shown)) {
                    cut.add("\"" + text + "\" shows as \"" + shown + "\"");
                }
            }
            if (child instanceof javafx.scene.Parent p) {
                headerLabels(p, cut);
            }
        }
    }

    @Test
    void withoutAStudioOrADataFolderTheirButtonsAreNotOffered() {
        assertThat(robot.lookup(".new-routine-button").tryQuery()).isEmpty();
        assertThat(robot.lookup(".edit-button").tryQuery()).isEmpty();
        assertThat(robot.lookup(".import-button").tryQuery()).isEmpty();
        ctrl(KeyCode.N);
        assertThat(app.shell.host().current()).isInstanceOf(LibraryView.class);
    }

    @Test
    void ctrlIImportsAndARefusalSaysWhyUntilEscapeClosesIt() throws Exception {
        Path fifo = root.resolve("pipe.easeback.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        showLibrary(RoutineImporter.into(new DataDirectory(root.resolve("data"))), Optional.of(fifo));
        assertThat(robot.lookup(".import-button").queryAs(Button.class).isVisible()).isTrue();

        ctrl(KeyCode.I);
        assertThat(texts(".import-heading")).containsExactly("This file cannot be imported");
        assertThat(texts(".import-problem")).containsExactly(fifo + ": this file is a named pipe (FIFO), not a "
                + "file; Easeback reads only regular files.");
        assertThat(cards().isDisabled() || cards().getParent().isDisabled()
                || robot.lookup(".cards-area").query().isDisabled()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(".import-heading")).isEmpty();
        assertThat(app.stage.getScene().getFocusOwner()).isSameAs(cards());
        assertThat(Files.exists(root.resolve("data/routines"))).isFalse();
    }
}
