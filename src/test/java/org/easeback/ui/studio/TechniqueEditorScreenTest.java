package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.cli.EasebackCommand;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Technique;
import org.easeback.routine.UserCatalogs;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.ui.app.AppWindowFixture;
import org.easeback.ui.app.UiTestApp;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The technique editor in a window, driven by the keyboard alone, from a blank technique to a saved catalog. */
class TechniqueEditorScreenTest extends AppWindowFixture {

    private DataDirectory data;
    private int backs;

    @Start
    void start(Stage stage) throws Exception {
        data = new DataDirectory(Files.createTempDirectory("easeback-technique-test"));
        app = UiTestApp.show(stage);
        new TechniqueEditorScreens(app.navigator(), new SameThreadBackgroundTasks(), data,
                CatalogSafety::bundledOrEmpty).newTechnique(() -> backs++);
    }

    private TechniqueEditorView editor() {
        return (TechniqueEditorView) app.shell.host().current();
    }

    private void press(KeyCode modifier, KeyCode key) {
        robot.press(modifier).press(key).release(key).release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStrokeDrawnByKeyboardIsSavedAsACatalogThatLoads() throws Exception {
        robot.write("Palm glide");
        robot.type(KeyCode.TAB);
        assertThat(editor().model().text(org.easeback.studio.TechniqueField.ID).get())
                .as("leaving the name offers the id").isEqualTo("palm-glide");
        robot.type(KeyCode.TAB);
        robot.write("Rest your palm on the muscles beside the spine.");
        robot.type(KeyCode.ENTER);
        robot.write("Glide slowly up towards the ribs.");
        press(KeyCode.ALT, KeyCode.D);
        assertThat(editor().diagramEditor().mapNode().isFocused()).isTrue();

        // The cursor starts low on the left: a point there, then two higher up, in big steps.
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, 5).release(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, 4).release(KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        // Onto the spine: refused where it is tried, with the catalog rule's words.
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 4).release(KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor().model().diagram().points(org.easeback.studio.TechniqueDraft.Points.PATH))
                .containsExactly(new MapPoint(0.3, 0.7), new MapPoint(0.31, 0.45), new MapPoint(0.31, 0.25));
        Label refusal = robot.lookup(".diagram-refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("the diagram of technique 'palm-glide' puts pressure on the spine");

        press(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        Path file = data.techniques().resolve("palm-glide.json");
        assertThat(file).exists();
        assertThat(robot.lookup(".technique-status").queryAs(Label.class).getText()).startsWith("Saved as");
        UserCatalogs user = CatalogSafety.userCatalogs(data);
        assertThat(user.broken()).isEmpty();
        Technique saved = user.merged().find("palm-glide").orElseThrow();
        assertThat(saved.diagram().path()).hasSize(3);
        assertThat(saved.pressure().jsonName()).as("gentle by default").isEqualTo("gentle");
        assertThat(saved.instructions()).hasSize(2);
        assertThat(EasebackCommand.run("validate", "--data", data.root().toString(), file.toString())).isZero();

        robot.type(KeyCode.ESCAPE);
        assertThat(backs).as("nothing unsaved: Esc leaves at once").isEqualTo(1);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        robot.write("Palm glide");
        robot.type(KeyCode.ESCAPE);
        assertThat(editor().asking()).isTrue();
        assertThat(backs).isZero();

        robot.type(KeyCode.ESCAPE);
        assertThat(editor().asking()).as("Esc is Cancel").isFalse();

        press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor().model().text(org.easeback.studio.TechniqueField.ID).get()).as("undo the offered id")
                .isEmpty();
        press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor().model().text(org.easeback.studio.TechniqueField.NAME).get()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().model().text(org.easeback.studio.TechniqueField.NAME).get()).isEqualTo("Palm glide");

        robot.type(KeyCode.ESCAPE);
        assertThat(editor().asking()).isTrue();
        robot.type(KeyCode.D);
        assertThat(backs).isEqualTo(1);
        assertThat(data.techniques()).doesNotExist();
    }
}
