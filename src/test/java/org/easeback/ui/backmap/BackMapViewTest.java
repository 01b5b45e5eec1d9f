package org.easeback.ui.backmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Side;
import org.easeback.safety.BackMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BackMapViewTest {

    private static final Diagram GLIDE = new Diagram("glide", List.of(new MapPoint(0.36, 0.8)),
            List.of(new MapPoint(0.36, 0.8), new MapPoint(0.36, 0.2)));

    private BackMapView map;

    @Start
    void start(Stage stage) {
        map = new BackMapView();
        stage.setScene(new Scene(map, 600, 400));
        stage.show();
    }

    private long count(FxRobot robot, String styleClass) {
        robot.interact(() -> map.layout());
        return map.lookupAll("." + styleClass).stream().filter(Node::isVisible).count();
    }

    @Test
    void mapAndViewCoordinatesRoundTrip(FxRobot robot) {
        robot.interact(() -> map.layout());
        Point2D v = map.toView(new MapPoint(0.3, 0.7));
        MapPoint back = map.toMap(v.getX(), v.getY());
        assertThat(back.x()).isCloseTo(0.3, within(1e-9));
        assertThat(back.y()).isCloseTo(0.7, within(1e-9));
        assertThat(map.toView(new MapPoint(0, 0)).getX()).isLessThan(map.toView(new MapPoint(1, 0)).getX());
        assertThat(map.toView(new MapPoint(0, 0)).getY()).as("ribs at the top").isLessThan(
                map.toView(new MapPoint(0, 1)).getY());
    }

    @Test
    void everySafetyZoneIsShaded(FxRobot robot) {
        assertThat(count(robot, "backmap-zone")).isEqualTo(BackMap.zones().size());
    }

    @Test
    void leftDrawsOneStrokeRightMirrorsItBothDrawsTwo(FxRobot robot) {
        robot.interact(() -> {
            map.diagramProperty().set(GLIDE);
            map.sideProperty().set(Side.LEFT);
        });
        assertThat(count(robot, "backmap-stroke")).isEqualTo(1);
        double leftHand = ((Circle) map.lookup(".backmap-hand")).getCenterX();
        robot.interact(() -> map.sideProperty().set(Side.RIGHT));
        assertThat(count(robot, "backmap-stroke")).isEqualTo(1);
        double rightHand = ((Circle) map.lookup(".backmap-hand")).getCenterX();
        assertThat(leftHand).isLessThan(map.toView(new MapPoint(0.5, 0)).getX());
        assertThat(rightHand).isCloseTo(map.toView(new MapPoint(0.64, 0)).getX(), within(1e-6));
        robot.interact(() -> map.sideProperty().set(Side.BOTH));
        assertThat(count(robot, "backmap-stroke")).isEqualTo(2);
        assertThat(count(robot, "backmap-marker")).isEqualTo(2);
    }

    @Test
    void markerTravelsAlongTheStroke(FxRobot robot) {
        robot.interact(() -> {
            map.diagramProperty().set(GLIDE);
            map.sideProperty().set(Side.LEFT);
        });
        count(robot, "backmap-marker");
        robot.interact(() -> map.strokeProgressProperty().set(0.5));
        Circle marker = (Circle) map.lookup(".backmap-marker");
        Point2D mid = map.toView(new MapPoint(0.36, 0.5));
        assertThat(marker.getCenterX()).isCloseTo(mid.getX(), within(1e-6));
        assertThat(marker.getCenterY()).isCloseTo(mid.getY(), within(1e-6));
    }

    @Test
    void highlightedSpotIsRingedAndOtherSpotsAreSmall(FxRobot robot) {
        robot.interact(() -> {
            map.spots().setAll(new MapPoint(0.3, 0.4), new MapPoint(0.7, 0.6));
            map.highlightedSpotProperty().set(new MapPoint(0.3, 0.4));
        });
        assertThat(count(robot, "backmap-spot")).isEqualTo(2);
        assertThat(count(robot, "backmap-spot-current")).isEqualTo(1);
        assertThat(count(robot, "backmap-spot-halo")).isEqualTo(1);
    }

    @Test
    void noneDiagramDrawsNothing(FxRobot robot) {
        robot.interact(() -> map.diagramProperty().set(Diagram.NONE));
        assertThat(count(robot, "backmap-stroke")).isZero();
        assertThat(count(robot, "backmap-hand")).isZero();
    }
}
