package org.easeback.ui.kit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused control of a scrolling page on screen, so Tab never moves focus to something hidden. */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** Scrolls {@code scroll} whenever {@code node} (somewhere inside its content) gains focus. */
    public static void follow(ScrollPane scroll, Node node) {
        node.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                reveal(scroll, node);
            }
        });
    }

    /** Scrolls vertically by the least amount that shows all of {@code node}. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        double top = scroll.getVvalue() * range;
        if (b.getMinY() < top) {
            top = b.getMinY();
        } else if (b.getMaxY() > top + viewHeight) {
            top = b.getMaxY() - viewHeight;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / range)));
    }
}
