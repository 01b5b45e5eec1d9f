package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.logging.BuildVersion;
import org.easeback.ui.library.LibraryView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** About from the keyboard alone: F1 anywhere, Settings' About button, Esc back to where the giver was. */
class AboutKeysTest extends AppWindowFixture {

    @Start
    void start(Stage stage) {
        app = UiTestApp.show(stage);
    }

    private void press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean aboutShowing() {
        return !robot.lookup(".about-overlay").queryAll().isEmpty();
    }

    private Node focused() {
        return app.stage.getScene().getFocusOwner();
    }

    @Test
    void f1OnTheLibraryShowsTheVersionAndTheLicencesAndEscReturnsFocus() {
        Node before = focused();
        press(KeyCode.F1);

        assertThat(aboutShowing()).isTrue();
        assertThat(robot.lookup(".about-fact-value").queryAllAs(TextField.class)).extracting(TextField::getText)
                .first().isEqualTo(BuildVersion.version());
        TextArea licences = robot.lookup(".about-licences").queryAs(TextArea.class);
        assertThat(licences.getText()).contains("AtlantaFX", "eSpeak NG");
        assertThat(focused()).isSameAs(licences);

        press(KeyCode.ESCAPE);

        assertThat(aboutShowing()).isFalse();
        assertThat(app.shell.host().current()).isInstanceOf(LibraryView.class);
        assertThat(focused()).isSameAs(before);
    }

    @Test
    void f1TwiceOpensOneOverlay() {
        press(KeyCode.F1);
        press(KeyCode.F1);

        assertThat(robot.lookup(".about-overlay").queryAll()).hasSize(1);
    }

    @Test
    void settingsAboutButtonOpensItAndEscLeavesSettingsShowing() {
        robot.interact(() -> app.shell.navigator().showSettings());
        Button about = robot.lookup(".about-button").queryAs(Button.class);
        assertThat(about.getText()).isEqualTo("_About Easeback");

        press(KeyCode.ALT, KeyCode.A);
        assertThat(aboutShowing()).isTrue();

        press(KeyCode.ESCAPE);
        assertThat(aboutShowing()).isFalse();
        assertThat(robot.lookup(".settings").queryAll()).isNotEmpty();
    }
}
