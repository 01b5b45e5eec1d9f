package org.easeback.ui.kit;

import java.nio.file.Path;

/**
 * Where the library hands over to the trainer studio. The studio side implements it; the app shell wires it.
 * Called on the FX thread.
 */
public interface StudioLauncher {

    /** Opens the studio on a new, blank routine (Ctrl+N in the library). */
    void newRoutine();

    /**
     * Opens the studio on the routine in {@code file} (Ctrl+E on a card, or "Open in studio" on a broken file). A
     * {@code bundled} routine is never edited in place: the studio duplicates it into the user's folder first.
     */
    void edit(Path file, boolean bundled);

    /** A launcher for windows without a data folder (tests, the screenshot tour): the studio is not offered. */
    static StudioLauncher none() {
        return NoStudio.INSTANCE;
    }

    /** Whether this launcher opens a studio at all; the library hides its studio keys and buttons when not. */
    default boolean available() {
        return true;
    }

    /** The launcher that offers no studio. */
    enum NoStudio implements StudioLauncher {
        INSTANCE;

        @Override
        public void newRoutine() {
        }

        @Override
        public void edit(Path file, boolean bundled) {
        }

        @Override
        public boolean available() {
            return false;
        }
    }
}
