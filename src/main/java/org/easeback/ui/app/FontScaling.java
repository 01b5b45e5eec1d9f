package org.easeback.ui.app;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Makes text grow with the window: the root's font size follows the scene size, and every size in app.css is in
 * em, so the whole UI scales from this one number. This single inline style is the one styling rule kept in Java,
 * because CSS cannot read the window size. 1 em = 16 px at 1024×700 and about 18 px at 1280×800.
 */
public final class FontScaling {

    /** The root font size at the smallest window, 1024×700. */
    public static final double BASE_PX = 16;
    private static final double BASE_WIDTH = 1024;
    private static final double BASE_HEIGHT = 700;

    private FontScaling() {
    }

    /** The root font size, in px, for a window of this size. */
    public static double fontSizeFor(double width, double height) {
        double scale = Math.min(width / BASE_WIDTH, height / BASE_HEIGHT);
        return Math.max(12, Math.min(48, BASE_PX * scale));
    }

    /** Binds the scene root's font size to the scene size. */
    public static void bind(Scene scene) {
        Parent root = scene.getRoot();
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                        fontSizeFor(scene.getWidth(), scene.getHeight())),
                scene.widthProperty(), scene.heightProperty()));
    }
}
