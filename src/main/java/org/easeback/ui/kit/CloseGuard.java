package org.easeback.ui.kit;

/**
 * A screen that may have to ask before the window closes (the studio, with unsaved changes). The app shell asks the
 * screen showing when the window is asked to close. FX thread only.
 */
@FunctionalInterface
public interface CloseGuard {

    /**
     * The window is asked to close: true if it may close now; false to keep it open, in which case the screen runs
     * {@code closeWindow} itself once it is ready (after saving), or never (the user cancelled).
     */
    boolean mayCloseWindow(Runnable closeWindow);
}
