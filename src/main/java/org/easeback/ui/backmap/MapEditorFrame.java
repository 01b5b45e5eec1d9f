package org.easeback.ui.backmap;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Shape;

/**
 * The framed, focusable back map that a map editor draws on: the map, an overlay laid out after it in the map's
 * view coordinates, and the keyboard cursor. The frame, its focus ring and the cursor are styled by map-editor.css;
 * what an editor draws besides keeps its own style classes.
 */
public final class MapEditorFrame extends StackPane {

    private final Group drawing = new Group();
    private Supplier<List<Node>> drawn = List::of;
    private final Pane overlay = new Pane() {
        @Override
        protected void layoutChildren() {
            drawing.getChildren().setAll(drawn.get());
        }
    };

    /** A frame around {@code map}, read to screen readers as {@code accessibleText}. */
    public MapEditorFrame(BackMapView map, String accessibleText) {
        drawing.setManaged(false);
        overlay.getChildren().add(drawing);
        overlay.setMouseTransparent(true);
        getChildren().addAll(map, overlay);
        getStyleClass().add("map-editor-frame");
        setFocusTraversable(true);
        setAccessibleText(accessibleText);
        focusedProperty().addListener((o, a, b) -> redraw());
    }

    /** What the overlay shows, asked again at each {@link #redraw} and whenever the map is laid out anew. */
    public void drawWith(Supplier<List<Node>> nodes) {
        this.drawn = Objects.requireNonNull(nodes);
        redraw();
    }

    /** Draws the overlay again: after the editor's model changed. */
    public void redraw() {
        overlay.requestLayout();
    }

    /** The keyboard cursor around {@code centre} (view coordinates), dimmed while the frame is not focused. */
    public List<Shape> cursorAt(Point2D centre, double r) {
        return MapCursor.at(centre, r, isFocused());
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(MapEditorFrame.class.getResource("map-editor.css")).toExternalForm();
    }
}
