package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.CheckInAnswer;
import org.easeback.ui.kit.CutText;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every word of every bundled routine reaches the screen: each entry (and its check-in overlay) is shown in turn
 * and no text node may be cut with an ellipsis. Long text wraps, then scrolls; it is never truncated.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerTextFitsTest {

    /** A receiver with an essential oil, a sensitivity and sore spots on both sides: the longest oil and hold text. */
    static final Receiver SAM = new Receiver("Samantha-Louise", "sweet almond oil", List.of("lavender"),
            List.of("peppermint"), Pressure.GENTLE, List.of(new SoreSpot(0.62, 0.50, "tight after gardening"),
            new SoreSpot(0.36, 0.20, ""), new SoreSpot(0.70, 0.90, ""), new SoreSpot(0.36, 0.85, "")));

    static Stream<Arguments> plans() throws Exception {
        RoutineLibrary library = RoutineLibrary.load(Files.createTempDirectory("easeback-fits"), List.of());
        List<Arguments> out = new ArrayList<>();
        for (Routine routine : library.routines()) {
            for (Receiver receiver : List.of(SAM, Receiver.guest())) {
                Plan plan = new PlanCompiler(library.catalog()::find)
                        .compile(routine, Optional.of(receiver), PlanSettings.HOME).compiledPlan().orElseThrow();
                out.add(Arguments.of(routine.id() + " for " + receiver.name(), plan, receiver));
            }
        }
        assertThat(out).as("the bundled routines").hasSizeGreaterThanOrEqualTo(10);
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at 1024×700")
    @MethodSource("plans")
    void noTextIsCutOffAt1024x700(String name, Plan plan, Receiver receiver, FxRobot robot) throws Exception {
        walk(plan, receiver, 1024, 700, robot);
    }

    @ParameterizedTest(name = "{0} at 1366×768")
    @MethodSource("plans")
    void noTextIsCutOffAt1366x768(String name, Plan plan, Receiver receiver, FxRobot robot) throws Exception {
        walk(plan, receiver, 1366, 768, robot);
    }

    @ParameterizedTest(name = "{0} at 1920×1080")
    @MethodSource("plans")
    void noTextIsCutOffAt1920x1080(String name, Plan plan, Receiver receiver, FxRobot robot) throws Exception {
        walk(plan, receiver, 1920, 1080, robot);
    }

    private void walk(Plan plan, Receiver receiver, double width, double height, FxRobot robot) throws Exception {
        FakeClock clock = new FakeClock();
        PlayerScreen[] screen = new PlayerScreen[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            screen[0] = ManualPlayer.create(plan, receiver, List.of("Pregnant: gentle pressure only, and not "
                    + "on the lower back in the first trimester."), clock, CuePlayer.silent());
            StackPane host = new StackPane(screen[0].root());
            host.setStyle("-fx-font-size: " + 16 * Math.min(width / 1024, height / 700) + "px;");
            Stage stage = new Stage();
            stage.setScene(new Scene(host, width, height));
            stage.show();
            screen[0].onShow();
        });
        PlayerViewModel vm = screen[0].viewModel();
        List<String> cut = new ArrayList<>();
        java.util.Set<Integer> visited = new java.util.TreeSet<>();
        for (int guard = 0; guard < plan.size() + 2 && vm.phaseProperty().get() == PlayerPhase.SESSION; guard++) {
            WaitForAsyncUtils.waitForFxEvents();
            int index = vm.entry().entryIndexProperty().get();
            visited.add(index);
            robot.interact(() -> cut.addAll(CutText.in(screen[0].root(), "entry " + (index + 1) + " "
                    + plan.entry(index).title())));
            robot.interact(() -> {
                if (vm.checkInShowingProperty().get()) {
                    vm.answer(CheckInAnswer.SAME);
                } else {
                    vm.next();
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> cut.addAll(CutText.in(screen[0].root(), "summary")));
        robot.interact(() -> {
            screen[0].onHide();
            screen[0].root().getScene().getWindow().hide();
        });
        assertThat(visited).as("every entry was shown").hasSize(plan.size());
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        assertThat(cut).as("text cut off at %.0f×%.0f", width, height).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aLabelTooNarrowForItsTextIsCaught(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.Label narrow = new javafx.scene.control.Label("Make sure you are not pushing on "
                    + "the spine or any bones, and stop if the person feels pain.");
            narrow.setMaxWidth(120);
            StackPane host = new StackPane(narrow);
            Stage stage = new Stage();
            stage.setScene(new Scene(host, 300, 100));
            stage.show();
            cut.addAll(CutText.in(host, "narrow"));
            stage.hide();
        });
        assertThat(cut).singleElement().asString().contains("shows as");
    }

    static {
        Platform.setImplicitExit(false);
    }
}
