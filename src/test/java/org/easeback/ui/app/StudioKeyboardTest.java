package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.ui.kit.AnsweringDialogs;
import org.easeback.ui.studio.StudioView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trainer builds a routine by keyboard alone, from Ctrl+N in the library to Ctrl+S: a title, a technique step, a
 * repeat with a step inside, a sore-spot hold. The saved file passes validate as the CLI runs it.
 */
class StudioKeyboardTest extends AppWindowFixture {

    private DataDirectory data;

    @Start
    void start(Stage stage) throws Exception {
        app = UiTestApp.show(stage);
        data = new DataDirectory(Files.createTempDirectory("easeback-studio-test"));
        app.shell.withProfiles(data, new AnsweringDialogs(Optional.empty(), false));
        // The library offers the studio only over a data folder, as the app builds it: show it again with one.
        app.shell.host().showLibrary();
    }

    private void press(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chord(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return app.stage.getScene().getFocusOwner();
    }

    private void down(int times) {
        for (int i = 0; i < times; i++) {
            press(KeyCode.DOWN);
        }
    }

    @SuppressWarnings("unchecked")
    private String chosenTechnique() {
        return ((ComboBox<String>) focused()).getValue();
    }

    @Test
    void ctrlNToCtrlSByKeyboardAloneSavesARoutineThatPassesValidate() throws Exception {
        chord(KeyCode.CONTROL, KeyCode.N);
        assertThat(app.shell.host().current()).isInstanceOf(StudioView.class);
        write("Evening back rub");

        press(KeyCode.INSERT, KeyCode.ENTER); // Technique, after the routine's last step
        assertThat(focused()).isInstanceOf(ComboBox.class);
        write("Thumb");
        assertThat(chosenTechnique()).isEqualTo("thumb-glide");

        press(KeyCode.INSERT);
        down(2);
        press(KeyCode.ENTER); // Repeat
        press(KeyCode.INSERT);
        down(7);
        press(KeyCode.ENTER); // Technique, inside the repeat
        write("Knuckle");
        assertThat(chosenTechnique()).isEqualTo("knuckle-glide");

        chord(KeyCode.ALT, KeyCode.T); // S_teps: back to the tree, on the step just added
        assertThat(focused()).isInstanceOf(TreeView.class);
        press(KeyCode.UP, KeyCode.UP); // the repeat
        press(KeyCode.INSERT, KeyCode.DOWN, KeyCode.ENTER); // Sore-spot hold, after the repeat

        chord(KeyCode.CONTROL, KeyCode.S);
        Path file = data.routines().resolve("evening-back-rub.json"); // named after the id typed
        assertThat(file).exists();
        String text = Files.readString(file);
        assertThat(text).contains("\"title\": \"Evening back rub\"", "\"id\": \"evening-back-rub\"",
                "\"technique\": \"thumb-glide\"", "\"kind\": \"repeat\"", "\"technique\": \"knuckle-glide\"",
                "\"kind\": \"sore-spots\"");
        assertThat(text.indexOf("knuckle-glide")).isLessThan(text.indexOf("sore-spots"));

        Validation.Report report = new Validation(() -> CatalogSafety.userCatalogs(data).merged(),
                SafetyRoutineRules.all(), new ReceiverLoader()::validate)
                .withUserCatalogs(data.techniques(), CatalogSafety.bundledOrEmpty(), CatalogSafety.rules())
                .run(List.of(file));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.allValid()).isTrue();
        assertThat(robot.lookup(".studio-title").queryLabeled().getText()).isEqualTo("Evening back rub");
    }

    @Test
    void f8AndEnterInTheProblemListGoToTheFieldAProblemIsAbout() {
        chord(KeyCode.CONTROL, KeyCode.N);
        press(KeyCode.INSERT, KeyCode.ENTER); // a technique step, with no technique yet
        press(KeyCode.F8);
        assertThat(focused().getStyleClass()).as("the routine's missing id").contains("studio-field-id");
        chord(KeyCode.ALT, KeyCode.B);
        assertThat(focused().getStyleClass()).contains("problem-list");
        press(KeyCode.END, KeyCode.ENTER);
        assertThat(focused().getStyleClass()).as("the step's missing technique").contains("studio-field-technique");
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksAndCancelKeepsItOpen() {
        chord(KeyCode.CONTROL, KeyCode.N);
        write("Half written");
        // Not through interact: the question is a nested event loop that only the robot's Esc ends.
        javafx.application.Platform.runLater(() -> app.stage.fireEvent(new javafx.stage.WindowEvent(app.stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(javafx.stage.Window.getWindows()).as("the question is showing").hasSizeGreaterThan(1);
        press(KeyCode.ESCAPE);
        assertThat(app.stage.isShowing()).isTrue();
        assertThat(app.shell.host().current()).isInstanceOf(StudioView.class);
    }

    @Test
    void aBundledRoutineOpensAsACopyInTheUsersFolderAndAUserRoutineAsItIs() throws Exception {
        robot.interact(() -> app.shell.studio().edit(Path.of("routines", "partner-short.json"), true));
        assertThat(robot.lookup(".studio-title").queryLabeled().getText()).endsWith("(copy) \u2022 unsaved");
        chord(KeyCode.CONTROL, KeyCode.S);
        Path copy = data.routines().resolve("partner-short-2.json");
        assertThat(copy).content().contains("\"id\": \"partner-short-2\"");
        robot.interact(() -> app.navigator().showLibrary());
        robot.interact(() -> app.shell.studio().edit(copy, false));
        assertThat(robot.lookup(".studio-title").queryLabeled().getText()).endsWith("(copy)");
        chord(KeyCode.ALT, KeyCode.I); // T_itle
        assertThat(focused().getStyleClass()).contains("studio-field-title");
    }

    @Test
    void escapeWithUnsavedChangesAsksAndCancelStaysInTheStudio() {
        chord(KeyCode.CONTROL, KeyCode.N);
        write("Half written");
        press(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // AnsweringDialogs does not answer the studio's own question; a real dialog shows, and Esc cancels it.
        press(KeyCode.ESCAPE);
        assertThat(app.shell.host().current()).isInstanceOf(StudioView.class);
    }
}
