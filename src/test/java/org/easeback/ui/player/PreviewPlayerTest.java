package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.FakeClock;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionState;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.PreviewLauncher.Speed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio's preview in the real player, at 1024×700: 20× on a scaled clock, check-ins that wait for an
 * answer, Esc straight back to the studio at the step showing, and nothing written to the data folder.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPlayerTest {

    @TempDir
    Path data;
    private String dataBefore;
    private Stage stage;
    private StackPane host;
    private final List<AppScreen> shown = new ArrayList<>();
    private final List<Integer> backAt = new ArrayList<>();
    private int libraryShown;
    private final AppNavigator navigator = new AppNavigator() {
        @Override
        public void show(AppScreen screen) {
            shown.add(screen);
            host.getChildren().setAll(screen.root());
            screen.onShow();
        }

        @Override
        public void showLibrary() {
            libraryShown++;
        }

        @Override
        public void showSettings() {
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        host = new StackPane();
        host.setStyle("-fx-font-size: 16px;"); // the shell's base font at 1024×700
        stage.setScene(new Scene(host, 1024, 700));
        stage.show();
    }

    @BeforeEach
    void pointTheAppAtAnEmptyDataFolder() {
        dataBefore = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, data.toString());
    }

    @AfterEach
    void restore() {
        if (dataBefore == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, dataBefore);
        }
    }

    private PlayerScreen player() {
        return (PlayerScreen) shown.get(shown.size() - 1);
    }

    private void type(FxRobot robot, KeyCode key) {
        robot.interact(stage::requestFocus);
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the base clock on in 5 ms steps (100 ms of plan at 20×), as the runner would wake. */
    private void advanceBase(FakeClock base, long millis) {
        for (long t = 0; t < millis; t += 5) {
            base.advanceMillis(5);
            player().session().advance();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String styleClass) {
        javafx.scene.Node n = player().root().lookup("." + styleClass);
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n != null;
    }

    private List<String> cutText() {
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> cut.addAll(org.easeback.ui.kit.CutText.in(player().root(), "preview")))
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return cut;
    }

    /** Previews the short plan from {@code from}; its time moves only when the test moves {@code base}. */
    private void previewByHand(FxRobot robot, FakeClock base, Speed speed, int from) {
        PreviewPlayerLauncher launcher = new PreviewPlayerLauncher(navigator, CuePlayer.silent(),
                () -> CueSettings.DEFAULT, base, session -> () -> { });
        robot.interact(() -> launcher.preview(SamplePlans.shortSession(), speed, from, backAt::add));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    @Test
    void previewsAtTwentyTimesFromTheChosenStepAnswersCheckInsAndGoesBackWithTheLastIndex(FxRobot robot)
            throws Exception {
        FakeClock base = new FakeClock();
        previewByHand(robot, base, Speed.TWENTY, 1);

        PlayerViewModel vm = player().viewModel();
        assertThat(vm.entry().entryIndexProperty().get()).as("starts at the step the studio showed").isEqualTo(1);
        assertThat(player().session().state()).as("and at once: no hands-ready wait").isEqualTo(SessionState.RUNNING);
        assertThat(showing("paused-overlay")).isFalse();
        Label banner = robot.lookup(".player-preview-banner").queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo("Preview at 20\u00d7 \u2014 nothing is recorded. Esc returns to the "
                + "studio. Narration is off in a preview.");
        assertThat(showing("player-preview-banner")).isTrue();
        assertThat(vm.receiver().name()).isEqualTo("Guest");
        assertThat(cutText()).isEmpty();

        advanceBase(base, 500); // the left glide's 10 s
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(2);
        advanceBase(base, 500); // the right glide's 10 s
        assertThat(showing("checkin-overlay")).isTrue();
        assertThat(showing("player-preview-banner")).as("the banner stays above the check-in").isTrue();
        assertThat(cutText()).isEmpty();
        advanceBase(base, 2000);
        assertThat(showing("checkin-overlay")).as("a check-in still waits for its answer").isTrue();

        type(robot, KeyCode.DIGIT2);
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(4);
        advanceBase(base, 300); // the 6 s hold
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(5);
        type(robot, KeyCode.DIGIT2);

        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        assertThat(showing("player-preview-banner")).isTrue();
        assertThat(robot.lookup(".summary-close .button-action").queryAs(Label.class).getText())
                .isEqualTo("Back to the studio");
        assertThat(backAt).isEmpty();
        type(robot, KeyCode.ENTER);

        assertThat(backAt).as("back to the studio at the last step").containsExactly(5);
        assertThat(libraryShown).isZero();
        try (var files = Files.list(data)) {
            assertThat(files).as("nothing recorded in the data folder").isEmpty();
        }
    }

    @Test
    void escapeReturnsAtOnceWithTheStepShowingAndNoQuestion(FxRobot robot) {
        FakeClock base = new FakeClock();
        previewByHand(robot, base, Speed.FIVE, 0);
        assertThat(robot.lookup(".player-preview-banner").queryAs(Label.class).getText()).startsWith("Preview at 5\u00d7");
        type(robot, KeyCode.SPACE); // the open setup step is done
        advanceBase(base, 400); // 2 s into the glide at 5×
        assertThat(player().viewModel().entry().entryIndexProperty().get()).isEqualTo(1);

        type(robot, KeyCode.ESCAPE);

        assertThat(backAt).containsExactly(1);
        assertThat(player().viewModel().confirmStopShowingProperty().get()).as("no stop question").isFalse();
        assertThat(player().session().state().isFinal()).as("the preview's session is over").isTrue();
        type(robot, KeyCode.ENTER);
        assertThat(backAt).as("leaves once").containsExactly(1);
        assertThat(libraryShown).isZero();
    }

    @Test
    void escapeAtACheckInReturnsToo(FxRobot robot) {
        FakeClock base = new FakeClock();
        previewByHand(robot, base, Speed.TWENTY, 3);
        assertThat(showing("checkin-overlay")).as("a preview from a check-in asks it").isTrue();

        type(robot, KeyCode.ESCAPE);

        assertThat(backAt).containsExactly(3);
    }

    @Test
    void runsInRealTimeOnTheRunnerTwentyTimesFaster(FxRobot robot) throws Exception {
        PreviewPlayerLauncher launcher = new PreviewPlayerLauncher(navigator, CuePlayer.silent(),
                () -> CueSettings.DEFAULT, SessionClock.system());
        long started = System.nanoTime();
        robot.interact(() -> launcher.preview(SamplePlans.shortSession(), Speed.TWENTY, 1, backAt::add));
        PlayerViewModel vm = player().viewModel();

        await("the two 10 s glides pass and the check-in asks", () -> vm.checkInShowingProperty().get());
        long tookNanos = System.nanoTime() - started;
        assertThat(Duration.ofNanos(tookNanos)).as("20 s of plan, far less than 20 s of real time")
                .isLessThan(Duration.ofSeconds(10));
        type(robot, KeyCode.DIGIT2);
        await("the 6 s hold passes to the last check-in", () -> vm.entry().entryIndexProperty().get() == 5
                && vm.checkInShowingProperty().get());
        type(robot, KeyCode.DIGIT2);
        await("the summary shows", () -> vm.phaseProperty().get() == PlayerPhase.SUMMARY);
        type(robot, KeyCode.ENTER);

        assertThat(backAt).containsExactly(5);
        try (var files = Files.list(data)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void everyStepOfTheFullRoutineFitsUnderTheBannerAt1024x700(FxRobot robot) throws Exception {
        org.easeback.routine.RoutineLibrary library = org.easeback.routine.RoutineLibrary.load(
                Files.createTempDirectory("easeback-preview-fits"), List.of());
        org.easeback.engine.Plan plan = library.routines().stream().filter(r -> r.id().equals("partner-full"))
                .findFirst().map(r -> new org.easeback.engine.PlanCompiler(library.catalog()::find)
                        .compile(r, java.util.Optional.empty(), org.easeback.engine.PlanSettings.HOME)
                        .compiledPlan().orElseThrow()).orElseThrow();
        PreviewPlayerLauncher launcher = new PreviewPlayerLauncher(navigator, CuePlayer.silent(),
                () -> CueSettings.DEFAULT, new FakeClock(), session -> () -> { });
        robot.interact(() -> launcher.preview(plan, Speed.TWENTY, 0, backAt::add));
        PlayerViewModel vm = player().viewModel();
        List<String> cut = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int guard = 0; guard < plan.size() + 2 && vm.phaseProperty().get() == PlayerPhase.SESSION; guard++) {
            seen.add(vm.entry().entryIndexProperty().get());
            cut.addAll(cutText());
            robot.interact(() -> {
                if (vm.checkInShowingProperty().get()) {
                    vm.answer(org.easeback.safety.CheckInAnswer.SAME);
                } else {
                    vm.next();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        cut.addAll(cutText());

        assertThat(seen).hasSize(plan.size());
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        assertThat(cut).as("text cut off under the banner").isEmpty();
    }

    @Test
    void refusesAStepThePlanDoesNotHave() {
        PreviewPlayerLauncher launcher = new PreviewPlayerLauncher(navigator, CuePlayer.silent(),
                () -> CueSettings.DEFAULT, new FakeClock());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> launcher.screen(SamplePlans.shortSession(),
                Speed.TWENTY, 6, i -> { })).hasMessage("There is no step 7 in a plan of 6 steps to preview from.");
    }
}
