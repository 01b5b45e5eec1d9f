package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real-time wiring: the engine's runner thread feeds the view through the adapter; hiding ends it. */
@ExtendWith(ApplicationExtension.class)
class PlayerRealTimeTest {

    private PlayerScreen screen;

    @Start
    void start(Stage stage) {
        screen = PlayerScreen.create(SamplePlans.longTechnique(60), SamplePlans.SAM, List.of(),
                SessionClock.system(), CuePlayer.silent(), () -> CueSettings.DEFAULT);
        stage.setScene(new Scene(screen.root(), 1024, 700));
        stage.show();
        screen.onShow();
    }

    @Test
    void runnerTicksReachTheViewAndHidingStopsTheSession(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> screen.viewModel().entry().remainingInEntryProperty().get() < 59.7);
        assertThat(screen.viewModel().stateProperty().get()).isEqualTo(SessionState.RUNNING);
        robot.interact(screen::onHide);
        assertThat(screen.session().state()).isEqualTo(SessionState.ABANDONED);
        double left = screen.session().remainingInEntry().toMillis();
        Thread.sleep(300);
        assertThat(screen.session().remainingInEntry().toMillis()).isEqualTo((long) left);
    }
}
