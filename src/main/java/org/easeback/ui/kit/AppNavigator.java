package org.easeback.ui.kit;

/**
 * Moves the main window between screens. Every screen gets one; the player returns to the library with
 * {@link #showLibrary()} when a session ends.
 */
public interface AppNavigator {

    /** Replaces the current screen with {@code screen} and gives focus to its {@link AppScreen#initialFocus()}. */
    void show(AppScreen screen);

    /** Shows the routine library, the app's home screen. */
    void showLibrary();

    /** Shows the settings screen; leaving it returns to the screen that was showing. */
    void showSettings();
}
