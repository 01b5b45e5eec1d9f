package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.engine.SessionState;
import org.easeback.engine.StopReason;
import org.easeback.routine.Pressure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The player driven by the keyboard alone, headless, on a fake clock. */
@ExtendWith(ApplicationExtension.class)
class PlayerKeyboardTest {

    private PlayerHarness player;

    @Start
    void start(Stage stage) {
        player = PlayerHarness.show(stage, SamplePlans.shortSession());
    }

    private void toFirstCheckIn(FxRobot robot) {
        player.type(robot, KeyCode.SPACE);
        player.advance(20);
        assertThat(player.showing("checkin-overlay")).isTrue();
    }

    @Test
    void wholeSessionByKeysFromStartToSummary(FxRobot robot) {
        assertThat(player.showing("player-session")).isTrue();
        assertThat(robot.lookup(".player-title").queryAs(Label.class).getText()).isEqualTo("Position the receiver");

        toFirstCheckIn(robot);
        player.type(robot, KeyCode.DIGIT2);
        assertThat(player.showing("checkin-overlay")).isFalse();
        assertThat(robot.lookup(".player-title").queryAs(Label.class).getText()).isEqualTo("Hold the sore spot");
        player.advance(6);
        assertThat(player.showing("checkin-overlay")).isTrue();
        player.type(robot, KeyCode.DIGIT2);

        assertThat(player.showing("player-summary")).isTrue();
        assertThat(robot.lookup(".summary-heading").queryAs(Label.class).getText()).isEqualTo("Session complete");
        player.type(robot, KeyCode.ENTER);
        assertThat(player.closedWith.get()).isNotNull();
        assertThat(player.closedWith.get().finished()).isTrue();
        assertThat(player.closedWith.get().checkIns()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = org.easeback.safety.CheckInAnswer.class)
    void eachCheckInAnswerByItsNumberKey(org.easeback.safety.CheckInAnswer answer, FxRobot robot) {
        toFirstCheckIn(robot);
        player.type(robot, KeyCode.valueOf("DIGIT" + answer.key()));
        switch (answer) {
            case IT_HURTS -> {
                assertThat(player.showing("player-stop-screen")).isTrue();
                assertThat(player.vm().summaryProperty().get().stopReason()).contains(StopReason.PAIN);
            }
            case LIGHTER -> assertThat(player.vm().entry().pressureProperty().get()).isEqualTo(Pressure.LIGHT);
            case SAME -> assertThat(player.vm().entry().pressureProperty().get()).isEqualTo(Pressure.GENTLE);
            case FIRMER -> assertThat(player.vm().entry().pressureProperty().get()).isEqualTo(Pressure.MODERATE);
        }
        if (answer != org.easeback.safety.CheckInAnswer.IT_HURTS) {
            assertThat(player.showing("checkin-overlay")).isFalse();
            assertThat(player.vm().entry().entryIndexProperty().get()).isEqualTo(4);
            assertThat(robot.lookup(".pressure-scale").queryAs(Label.class).getText())
                    .isEqualTo("≈ " + player.vm().entry().pressureProperty().get().scale() + " of 10");
        }
    }

    @Test
    void checkInButtonsSayWhatEachAnswerChanges(FxRobot robot) {
        toFirstCheckIn(robot);
        assertThat(robot.lookup(".answer-firmer .answer-effect").queryAs(Label.class).getText())
                .isEqualTo("moderate (≈ 5–6 of 10)");
        player.advance(600);
        assertThat(player.showing("checkin-overlay")).as("never continues on its own").isTrue();
        player.type(robot, KeyCode.SPACE, KeyCode.RIGHT);
        assertThat(player.vm().entry().entryIndexProperty().get()).isEqualTo(3);
    }

    enum Moment { RUNNING, PAUSED, CHECK_IN, CONFIRMING, OPEN_STEP }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void painKeyStopsAtOnceAtAnyMoment(Moment moment, FxRobot robot) {
        if (moment != Moment.OPEN_STEP) {
            player.type(robot, KeyCode.SPACE);
            player.advance(2);
        }
        switch (moment) {
            case PAUSED -> player.type(robot, KeyCode.SPACE);
            case CHECK_IN -> {
                player.advance(18);
                assertThat(player.showing("checkin-overlay")).isTrue();
            }
            case CONFIRMING -> {
                player.type(robot, KeyCode.ESCAPE);
                assertThat(player.showing("confirm-overlay")).isTrue();
            }
            default -> { }
        }

        player.type(robot, KeyCode.P);

        assertThat(player.screen.session().state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(player.showing("player-stop-screen")).isTrue();
        assertThat(player.showing("confirm-overlay")).isFalse();
        assertThat(player.showing("checkin-overlay")).isFalse();
        assertThat(robot.lookup(".stop-message").queryAs(Label.class).getText()).contains(org.easeback.safety.SafetyAdvice.PAIN_STOP);
        player.type(robot, KeyCode.P);
        assertThat(player.showing("player-stop-screen")).as("a second P changes nothing").isTrue();
        player.type(robot, KeyCode.ENTER);
        assertThat(player.showing("player-summary")).isTrue();
        assertThat(robot.lookup(".summary-heading").queryAs(Label.class).getText())
                .isEqualTo("Session stopped for pain");
    }

    @Test
    void escapeAsksAndEscapeAgainKeepsGoing(FxRobot robot) {
        player.type(robot, KeyCode.SPACE, KeyCode.ESCAPE);
        assertThat(player.showing("confirm-overlay")).isTrue();
        player.type(robot, KeyCode.RIGHT);
        assertThat(player.vm().entry().entryIndexProperty().get()).as("keys are held while confirming").isEqualTo(1);
        player.type(robot, KeyCode.ESCAPE);
        assertThat(player.showing("confirm-overlay")).isFalse();
        assertThat(player.screen.session().state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void escapeThenEnterStopsEarlyAndShowsTheSummary(FxRobot robot) {
        player.type(robot, KeyCode.SPACE);
        player.advance(3);
        player.type(robot, KeyCode.ESCAPE, KeyCode.ENTER);
        assertThat(player.showing("player-summary")).isTrue();
        assertThat(robot.lookup(".summary-heading").queryAs(Label.class).getText())
                .isEqualTo("Session stopped early");
    }

    @Test
    void arrowsMoveBetweenEntriesAndEExtends(FxRobot robot) {
        player.type(robot, KeyCode.SPACE, KeyCode.RIGHT);
        assertThat(player.vm().entry().entryIndexProperty().get()).isEqualTo(2);
        player.type(robot, KeyCode.LEFT);
        assertThat(player.vm().entry().entryIndexProperty().get()).isEqualTo(1);
        player.type(robot, KeyCode.E);
        assertThat(player.vm().entry().entryLengthProperty().get()).isEqualTo(25.0);
        assertThat(robot.lookup(".ring-time").queryAs(Label.class).getText()).isEqualTo("0:25");
    }

    @Test
    void spacePausesAndResumesATimedEntry(FxRobot robot) {
        player.type(robot, KeyCode.SPACE);
        player.advance(1);
        player.type(robot, KeyCode.SPACE);
        assertThat(player.showing("paused-overlay")).as("the screen dims").isTrue();
        assertThat(robot.lookup(".paused-heading").queryAs(Label.class).getText()).isEqualTo("PAUSED");
        assertThat(robot.lookup(".paused-hint").queryAs(Label.class).getText()).isEqualTo("Space to resume");
        player.advance(30);
        assertThat(player.vm().entry().entryIndexProperty().get()).isEqualTo(1);
        player.type(robot, KeyCode.SPACE);
        assertThat(player.showing("paused-overlay")).isFalse();
        assertThat(player.screen.session().state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void pacePulseBeatsOnEngineBeatsOnly(FxRobot robot) {
        player.type(robot, KeyCode.SPACE);
        PacePulse pulse = robot.lookup(".pace-pulse").queryAs(PacePulse.class);
        int atStart = pulse.beatsProperty().get();
        player.advance(4.1);
        assertThat(pulse.beatsProperty().get() - atStart).as("30 a minute for 4 s").isEqualTo(2);
        player.type(robot, KeyCode.SPACE);
        int paused = pulse.beatsProperty().get();
        player.advance(10);
        assertThat(pulse.beatsProperty().get()).as("no beats while paused").isEqualTo(paused);
        assertThat(robot.lookup(".pace-rate").queryAs(Label.class).getText()).isEqualTo("30 / min");
    }

    @Test
    void textIsReadableFromTwoMetresAtTheSmallestWindow(FxRobot robot) {
        player.type(robot, KeyCode.SPACE);
        Label body = robot.lookup(".player-instructions").queryAs(Label.class);
        Label title = robot.lookup(".player-title").queryAs(Label.class);
        assertThat(body.getFont().getSize()).isGreaterThanOrEqualTo(28);
        assertThat(title.getFont().getSize()).isGreaterThan(body.getFont().getSize());
        assertThat(robot.lookup(".ring-time").queryAs(Label.class).getFont().getSize()).isGreaterThan(40);
    }
}
