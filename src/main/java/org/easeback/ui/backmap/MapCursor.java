package org.easeback.ui.backmap;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/** The keyboard cursor that {@link MapEditorFrame} draws over a back map: a ring and a cross through its centre. */
final class MapCursor {

    private MapCursor() {
    }

    /**
     * The ring and the cross around {@code centre} (view coordinates), sized from {@code r}, styled
     * {@code map-cursor} and {@code map-cursor-line}, and {@code map-cursor-idle} while the map is not focused.
     */
    static List<Shape> at(Point2D centre, double r, boolean focused) {
        Circle ring = new Circle(centre.getX(), centre.getY(), r * 1.5);
        Line h = new Line(centre.getX() - r * 2.4, centre.getY(), centre.getX() + r * 2.4, centre.getY());
        Line v = new Line(centre.getX(), centre.getY() - r * 2.4, centre.getX(), centre.getY() + r * 2.4);
        ring.getStyleClass().add("map-cursor");
        h.getStyleClass().add("map-cursor-line");
        v.getStyleClass().add("map-cursor-line");
        List<Shape> shapes = List.of(ring, h, v);
        if (!focused) {
            shapes.forEach(s -> s.getStyleClass().add("map-cursor-idle"));
        }
        return shapes;
    }
}
