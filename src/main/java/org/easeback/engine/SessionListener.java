package org.easeback.engine;


/**
 * Receives session events, in order. Called on the thread that drives the session (the {@link SessionRunner}
 * thread, or whoever called a command) while the session is locked: return at once and hand the event off
 * (the JavaFX adapter uses {@code Platform.runLater}). Calling session commands from a listener is allowed; the
 * events they cause are delivered after the current one.
 */
@FunctionalInterface
public interface SessionListener {

    void onEvent(SessionEvent event);
}
