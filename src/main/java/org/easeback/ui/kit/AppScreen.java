package org.easeback.ui.kit;

import javafx.scene.Node;

/**
 * One full-window screen that the {@link AppNavigator} can show: the library, the pre-session flow, the player.
 * A screen builds its node tree once; {@link #onShow()} and {@link #onHide()} bracket the time it is visible,
 * so listeners that reach outside the screen (timers, engine adapters, key filters on the scene) are added and
 * removed there and nothing leaks.
 */
public interface AppScreen {

    /** The screen's root node; the navigator puts it in the window as it is. */
    Node root();

    /** The node that takes keyboard focus when the screen appears. */
    default Node initialFocus() {
        return root();
    }

    /** Called once the screen is in the window. */
    default void onShow() {
    }

    /** Called just before another screen replaces this one. */
    default void onHide() {
    }

    /** A screen that is only a node, with no lifecycle. */
    static AppScreen of(Node root) {
        return () -> root;
    }
}
