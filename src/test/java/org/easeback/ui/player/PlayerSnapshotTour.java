package org.easeback.ui.player;

import java.io.IOException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.safety.CheckInAnswer;
import org.easeback.ui.kit.WindowSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the player's screens (player, not-saved, spot, checkin, confirm, stop, summary) at 1024×700 and 1280×800
 * into {@code target/player-shots/} or {@code -Deaseback.screenshots=DIR}. Run on demand:
 * {@code mvn -o test -Dtest=PlayerSnapshotTour}. Not a test: surefire skips it otherwise.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerSnapshotTour {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void smallestWindow(FxRobot robot) throws IOException {
        tour(robot, 1024, 700, "-1024");
    }

    @Test
    void defaultWindow(FxRobot robot) throws IOException {
        tour(robot, 1280, 800, "");
    }

    private void tour(FxRobot robot, double w, double h, String suffix) throws IOException {
        PlayerHarness p = show(robot, w, h);
        p.type(robot, KeyCode.SPACE);
        p.advance(3.5);
        shot(robot, p, "player" + suffix);
        p.screen.warnNotSaved("its journal could not be written (No space left on device). "
                + "Check that the data folder is writable and has space.");
        WaitForAsyncUtils.waitForFxEvents();
        shot(robot, p, "not-saved" + suffix);
        p.advance(16.5);
        shot(robot, p, "checkin" + suffix);
        robot.interact(() -> p.vm().answer(CheckInAnswer.FIRMER));
        WaitForAsyncUtils.waitForFxEvents();
        p.advance(2);
        shot(robot, p, "spot" + suffix);
        p.type(robot, KeyCode.ESCAPE);
        shot(robot, p, "confirm" + suffix);
        p.type(robot, KeyCode.P);
        shot(robot, p, "stop" + suffix);
        p.type(robot, KeyCode.ENTER);
        shot(robot, p, "summary" + suffix);
    }

    private PlayerHarness show(FxRobot robot, double w, double h) {
        PlayerHarness[] made = new PlayerHarness[1];
        robot.interact(() -> made[0] = PlayerHarness.show(stage, SamplePlans.shortSession(), w, h));
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    private void shot(FxRobot robot, PlayerHarness p, String name) throws IOException {
        WindowSnapshot.save(robot, stage, WindowSnapshot.folder("target/player-shots").resolve(name + ".png"));
    }
}
