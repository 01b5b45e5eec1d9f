package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.engine.EntryKind;
import org.easeback.engine.FakeClock;
import org.easeback.engine.SessionState;
import org.easeback.ui.player.ManualPlayer;
import org.easeback.ui.player.PlayerScreen;
import org.easeback.ui.player.SessionSummary;
import org.easeback.ui.presession.ReceiverSource;
import org.easeback.ui.settings.CurrentSettings;
import org.easeback.ui.settings.Settings;
import org.easeback.ui.settings.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.Motion;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;

/**
 * The whole partner routine, from the library to the summary, with the keyboard alone: the shell, the pre-session
 * flow and the real player, on a fake clock so nothing waits in real time.
 */
@ExtendWith(ApplicationExtension.class)
class WholePartnerSessionTest {

    private final FakeClock clock = new FakeClock();
    private final AtomicReference<PlayerScreen> player = new AtomicReference<>();
    private final AtomicReference<SessionSummary> summary = new AtomicReference<>();
    private Stage stage;
    private AppShell shell;
    private FxRobot robot;

    @Start
    void start(Stage stage) throws Exception {
        Motion.instant();
        this.stage = stage;
        BackgroundTasks tasks = new SameThreadBackgroundTasks();
        CurrentSettings settings = new CurrentSettings(Settings.DEFAULTS, tasks,
                new SettingsStore(Files.createTempDirectory("easeback-whole").resolve("settings.json")));
        AppServices services = new AppServices(tasks, SampleLibrary::contents, SampleLibrary.DURATIONS,
                SampleLibrary.PLANNER, ReceiverSource.guestOnly(), settings);
        shell = new AppShell(services, navigator -> request -> {
            PlayerScreen screen = ManualPlayer.create(request.plan(), request.receiver(), request.cautions(), clock,
                    CuePlayer.silent()).onClose(done -> {
                        summary.set(done);
                        navigator.showLibrary();
                    });
            player.set(screen);
            navigator.show(screen);
        });
        shell.install(stage, 1280, 800);
        stage.show();
        shell.navigator().showLibrary();
    }

    @BeforeEach
    void focus(FxRobot robot) {
        this.robot = robot;
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(KeyCode key) {
        robot.interact(stage::requestFocus);
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void theFullPartnerRoutineRunsFromTheLibraryToTheSummaryWithKeysAlone() {
        press(KeyCode.ENTER);   // the first card: the full partner routine
        press(KeyCode.ENTER);   // receiver: Guest
        press(KeyCode.ENTER);   // screening: all "no"
        int items = robot.lookup(".checklist-item").queryAll().size();
        for (int i = 0; i < items; i++) {
            assertThat(focused()).isInstanceOf(CheckBox.class);
            press(KeyCode.SPACE);
            if (i < items - 1) {
                press(KeyCode.TAB);
            }
        }
        press(KeyCode.ENTER);   // to Ready
        press(KeyCode.ENTER);   // start
        assertThat(player.get()).as("the player is showing").isNotNull();
        PlayerScreen screen = player.get();
        int planCheckIns = (int) screen.session().plan().entries().stream()
                .filter(e -> e.kind() == EntryKind.CHECK_IN).count();

        int guard = 0;
        while (summary.get() == null && guard++ < 500) {
            SessionState state = screen.session().state();
            switch (state) {
                case CHECKING_IN -> press(KeyCode.DIGIT2);          // "same"
                case AWAITING_DONE -> press(KeyCode.SPACE);         // Done
                case RUNNING -> {
                    long leftMillis = screen.session().remainingInEntry().toMillis();
                    robot.interact(() -> ManualPlayer.advance(screen, clock, Duration.ofMillis(leftMillis + 1)));
                    WaitForAsyncUtils.waitForFxEvents();
                }
                case FINISHED -> press(KeyCode.ENTER);              // leave the summary
                default -> throw new AssertionError("unexpected state " + state);
            }
        }

        assertThat(summary.get()).as("the summary was reached and left").isNotNull();
        assertThat(summary.get().finished()).isTrue();
        assertThat(summary.get().checkIns()).hasSize(planCheckIns).isNotEmpty();
    }
}
