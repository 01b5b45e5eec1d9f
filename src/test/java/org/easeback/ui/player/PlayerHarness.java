package org.easeback.ui.player;

import atlantafx.base.theme.PrimerDark;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts a manual player in a stage the way the app shell does: dark AtlantaFX theme, a host whose font is the
 * shell's base size for the window (16 px at 1024×700), the player as its only child.
 */
final class PlayerHarness {

    final FakeClock clock = new FakeClock();
    final PlayerScreen screen;
    final Stage stage;
    final AtomicReference<SessionSummary> closedWith = new AtomicReference<>();

    private PlayerHarness(Stage stage, Plan plan, double width, double height, List<String> cautions) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        screen = ManualPlayer.create(plan, SamplePlans.SAM, cautions, clock, CuePlayer.silent())
                .onClose(closedWith::set);
        StackPane host = new StackPane(screen.root());
        // The shell scales its root font with the window (FontScaling): 16 px at 1024×700.
        double font = Math.max(12, Math.min(48, 16 * Math.min(width / 1024, height / 700)));
        host.setStyle("-fx-font-size: " + font + "px;");
        stage.setScene(new Scene(host, width, height));
        stage.show();
        stage.requestFocus();
        screen.onShow();
    }

    /** Shows {@code plan} at the smallest window size, 1024×700. */
    static PlayerHarness show(Stage stage, Plan plan) {
        return new PlayerHarness(stage, plan, 1024, 700, List.of());
    }

    static PlayerHarness show(Stage stage, Plan plan, double width, double height) {
        return new PlayerHarness(stage, plan, width, height, List.of());
    }

    /** Shows {@code plan} at this size with screening cautions on screen. */
    static PlayerHarness show(Stage stage, Plan plan, double width, double height, List<String> cautions) {
        return new PlayerHarness(stage, plan, width, height, cautions);
    }

    PlayerViewModel vm() {
        return screen.viewModel();
    }

    /** Moves fake time on in 100 ms steps, as the runner would, and lets the FX thread catch up. */
    void advance(double seconds) {
        long steps = Math.round(seconds * 10);
        for (long i = 0; i < steps; i++) {
            ManualPlayer.advance(screen, clock, Duration.ofMillis(100));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types keys into the stage, making sure it has focus first (headless stages may not take it on show). */
    void type(FxRobot robot, javafx.scene.input.KeyCode... keys) {
        robot.interact(stage::requestFocus);
        for (javafx.scene.input.KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** True if the node with this style class inside the player is visible (and every parent is). */
    boolean showing(String styleClass) {
        Node n = screen.root().lookup("." + styleClass);
        if (n == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
