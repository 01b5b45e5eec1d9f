package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.SessionState;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.SampleLibrary;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.SessionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell's Start hands the request to the launcher, which shows the player on the request's plan. */
@ExtendWith(ApplicationExtension.class)
class PlayerLauncherTest {

    private final List<AppScreen> shown = new ArrayList<>();
    private int libraryShown;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void startShowsThePlayerOnTheRequestPlanWithoutStartingIt(FxRobot robot) {
        AppNavigator navigator = new AppNavigator() {
            @Override
            public void show(AppScreen screen) {
                shown.add(screen);
            }

            @Override
            public void showLibrary() {
                libraryShown++;
            }

            @Override
            public void showSettings() {
            }
        };
        SessionRequest request = new SessionRequest(SampleLibrary.FULL_PARTNER, SamplePlans.SAM,
                Screening.assess(ScreeningAnswers.allNo()), SamplePlans.shortSession());
        robot.interact(() -> new PlayerLauncher(navigator, CuePlayer.silent(), () -> CueSettings.DEFAULT,
                java.time.Clock.systemUTC(), org.easeback.engine.SessionClock.system())
                .start(request));

        assertThat(shown).hasSize(1).first().isInstanceOf(PlayerScreen.class);
        PlayerScreen player = (PlayerScreen) shown.get(0);
        assertThat(player.session().plan()).isSameAs(request.plan());
        assertThat(player.session().state()).as("the session starts when the screen is shown").isEqualTo(
                SessionState.READY);
        assertThat(player.viewModel().receiver().name()).isEqualTo("Sam");
        robot.interact(player::onHide);
        assertThat(libraryShown).isZero();
    }
}
