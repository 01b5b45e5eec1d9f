package org.easeback.ui.backmap;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/** The keyboard cursor that map editors draw over a back map: a ring and a cross through its centre. */
public final class MapCursor {

    private MapCursor() {
    }

    /**
     * The ring and the cross around {@code centre} (view coordinates), sized from {@code r}, styled
     * {@code PREFIX-cursor} and {@code PREFIX-cursor-line}, and {@code PREFIX-cursor-idle} while the map is not
     * focused, so each editor keeps its own look in CSS.
     */
    public static List<Shape> at(Point2D centre, double r, String prefix, boolean focused) {
        Circle ring = new Circle(centre.getX(), centre.getY(), r * 1.5);
        Line h = new Line(centre.getX() - r * 2.4, centre.getY(), centre.getX() + r * 2.4, centre.getY());
        Line v = new Line(centre.getX(), centre.getY() - r * 2.4, centre.getX(), centre.getY() + r * 2.4);
        ring.getStyleClass().add(prefix + "-cursor");
        h.getStyleClass().add(prefix + "-cursor-line");
        v.getStyleClass().add(prefix + "-cursor-line");
        List<Shape> shapes = List.of(ring, h, v);
        if (!focused) {
            shapes.forEach(s -> s.getStyleClass().add(prefix + "-cursor-idle"));
        }
        return shapes;
    }
}
