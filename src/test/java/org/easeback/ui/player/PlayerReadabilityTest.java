package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Readable from 2 m: at 1366×768 the body is at least 22 px and every secondary text at least 20 px. */
@ExtendWith(ApplicationExtension.class)
class PlayerReadabilityTest {

    /** The secondary texts the giver must read from the mattress. */
    static final List<String> SECONDARY = List.of("player-routine", "player-clock", "player-position", "player-next",
            "player-caution", "ring-caption", "pace-rate", "player-more");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Map<String, Double> sizesAt(FxRobot robot, double width, double height) {
        PlayerHarness[] player = new PlayerHarness[1];
        robot.interact(() -> player[0] = PlayerHarness.show(stage, SamplePlans.shortSession(), width, height,
                List.of("Gentle pressure only.")));
        Map<String, Double> sizes = new TreeMap<>();
        robot.interact(() -> {
            player[0].screen.root().applyCss();
            for (String c : SECONDARY) {
                sizes.put(c, ((Labeled) player[0].screen.root().lookup("." + c)).getFont().getSize());
            }
            sizes.put("player-instructions",
                    ((Labeled) player[0].screen.root().lookup(".player-instructions")).getFont().getSize());
        });
        return sizes;
    }

    @Test
    void secondaryTextsAreAtLeast20PxAndTheBody22PxAt1366x768(FxRobot robot) {
        Map<String, Double> sizes = sizesAt(robot, 1366, 768);
        assertThat(sizes.get("player-instructions")).as("body").isGreaterThanOrEqualTo(22);
        for (String c : SECONDARY) {
            assertThat(sizes.get(c)).as(c).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void textGrowsWithTheWindow(FxRobot robot) {
        Map<String, Double> small = sizesAt(robot, 1366, 768);
        Map<String, Double> large = sizesAt(robot, 1920, 1080);
        for (String c : small.keySet()) {
            assertThat(large.get(c)).as(c).isGreaterThan(small.get(c));
        }
    }
}
