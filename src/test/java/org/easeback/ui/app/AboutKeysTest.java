package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.util.List;
import org.easeback.cues.CuePlayer;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.SessionState;
import org.easeback.logging.BuildVersion;
import org.easeback.profile.Receiver;
import org.easeback.ui.player.ManualPlayer;
import org.easeback.ui.player.PlayerScreen;
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

    /** A player over two check-ins, shown in the window as the launcher would. */
    private PlayerScreen showPlayer() {
        Plan plan = Plan.of("about-keys", "Check-ins", List.of(
                PlanEntry.checkIn("More, less, or the same pressure?", List.of("Ask the receiver."), true),
                PlanEntry.checkIn("How does your back feel now?", List.of("Ask the receiver."), true)),
                180, List.of());
        PlayerScreen[] player = new PlayerScreen[1];
        robot.interact(() -> {
            player[0] = ManualPlayer.create(plan, Receiver.guest(), List.of(), new FakeClock(), CuePlayer.silent());
            app.shell.navigator().show(player[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player[0].viewModel().checkInShowingProperty().get()).isTrue();
        return player[0];
    }

    @Test
    void duringASessionAboutTakesEveryKeyAndEscClosesOnlyAbout() {
        PlayerScreen player = showPlayer();
        press(KeyCode.F1);
        assertThat(aboutShowing()).isTrue();

        press(KeyCode.DIGIT2);
        assertThat(player.viewModel().checkInShowingProperty().get()).as("2 does not answer under About").isTrue();
        assertThat(player.session().entryIndex()).isZero();
        press(KeyCode.ESCAPE);

        assertThat(aboutShowing()).isFalse();
        assertThat(player.viewModel().confirmStopShowingProperty().get()).as("Esc does not ask to stop").isFalse();
        assertThat(player.session().state()).isEqualTo(SessionState.CHECKING_IN);
        press(KeyCode.DIGIT2);
        assertThat(player.session().entryIndex()).as("the player's keys work again").isEqualTo(1);
    }

    @Test
    void thePainKeyStillStopsUnderAboutAndTheStopShows() {
        PlayerScreen player = showPlayer();
        press(KeyCode.F1);

        press(KeyCode.P);

        assertThat(aboutShowing()).as("About gets out of the way").isFalse();
        assertThat(player.session().state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(robot.lookup(".player-stop-screen").query().isVisible()).isTrue();
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
