package org.easeback.ui.kit;

/**
 * Where the pre-session flow hands over to the player. The player side implements it; the app shell passes
 * it in through {@link AppServices}. Called on the FX thread, after the Ready screen's Start.
 */
@FunctionalInterface
public interface SessionLauncher {

    /** Starts a session: typically shows the player screen through the navigator. */
    void start(SessionRequest request);
}
