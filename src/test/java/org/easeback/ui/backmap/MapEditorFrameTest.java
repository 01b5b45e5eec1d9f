package org.easeback.ui.backmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The frame both map editors draw in: what it draws, when it draws it again, and the cursor's look. */
@ExtendWith(ApplicationExtension.class)
class MapEditorFrameTest {

    private MapEditorFrame frame;
    private Button elsewhere;
    private final AtomicInteger draws = new AtomicInteger();

    @Start
    void start(Stage stage) {
        frame = new MapEditorFrame(new BackMapView(), "Test map");
        elsewhere = new Button("elsewhere");
        frame.drawWith(() -> {
            draws.incrementAndGet();
            Text label = new Text(10, 10, "1");
            label.getStyleClass().add("editor-own");
            List<Node> nodes = new ArrayList<>(List.of(label));
            nodes.addAll(frame.cursorAt(new Point2D(100, 80), 10));
            return nodes;
        });
        stage.setScene(new Scene(new VBox(elsewhere, frame), 600, 400));
        stage.show();
    }

    private List<Node> drawn(FxRobot robot, String styleClass) {
        robot.interact(() -> frame.layout());
        return List.copyOf(frame.lookupAll("." + styleClass));
    }

    @Test
    void drawsTheEditorsNodesAndARingWithACrossAtTheCursor(FxRobot robot) {
        assertThat(drawn(robot, "editor-own")).singleElement().isInstanceOf(Text.class);
        List<Node> ring = drawn(robot, "map-cursor");
        assertThat(ring).singleElement().isInstanceOf(Circle.class);
        assertThat(((Circle) ring.get(0)).getCenterX()).isEqualTo(100);
        assertThat(drawn(robot, "map-cursor-line")).hasSize(2);
        assertThat(robot.lookup(".map-editor-frame").query().getAccessibleText()).isEqualTo("Test map");
    }

    @Test
    void theCursorIsDimmedWhileTheFrameIsNotFocusedAndRedrawnWhenFocusMoves(FxRobot robot) {
        robot.interact(() -> elsewhere.requestFocus());
        assertThat(drawn(robot, "map-cursor-idle")).hasSize(3);
        int before = draws.get();

        robot.interact(() -> frame.requestFocus());

        assertThat(drawn(robot, "map-cursor-idle")).isEmpty();
        assertThat(drawn(robot, "map-cursor")).hasSize(1);
        assertThat(draws.get()).isGreaterThan(before);
    }

    @Test
    void itsOwnStylesheetStylesTheCursor(FxRobot robot) {
        robot.interact(() -> frame.applyCss());
        Shape ring = (Shape) drawn(robot, "map-cursor").get(0);
        Shape line = (Shape) drawn(robot, "map-cursor-line").get(0);

        assertThat(ring.getStrokeWidth()).isEqualTo(3);
        assertThat(line.getStrokeWidth()).isEqualTo(2);
    }

    @Test
    void anEditorsOwnStylesheetRestylesTheCursor(FxRobot robot) {
        // As the technique editor marks a cursor over a refused place: its rule must win over the frame's.
        String css = ".editor-refused { -fx-stroke: #ff0000; }";
        robot.interact(() -> {
            frame.getScene().getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
            frame.drawWith(() -> {
                List<Shape> cursor = frame.cursorAt(new Point2D(100, 80), 10);
                cursor.forEach(n -> n.getStyleClass().add("editor-refused"));
                return List.copyOf(cursor);
            });
            frame.layout();
            frame.applyCss();
        });

        Shape ring = (Shape) drawn(robot, "map-cursor").get(0);
        assertThat(ring.getStroke()).isEqualTo(Color.RED);
        assertThat(ring.getStrokeWidth()).isEqualTo(3);
    }

    @Test
    void redrawAsksTheEditorAgain(FxRobot robot) {
        robot.interact(() -> frame.layout());
        int before = draws.get();

        robot.interact(() -> {
            frame.redraw();
            frame.layout();
        });

        assertThat(draws.get()).isEqualTo(before + 1);
    }
}
