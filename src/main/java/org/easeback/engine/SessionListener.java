package org.easeback.engine;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Receives session events, in order. Called on the thread that drives the session (the {@link SessionRunner}
 * thread, or whoever called a command) while the session is locked: return at once and hand the event off
 * (the JavaFX adapter uses {@code Platform.runLater}). Calling session commands from a listener is allowed; the
 * events they cause are delivered after the current one.
 */
@FunctionalInterface
public interface SessionListener {

    void onEvent(SessionEvent event);

    /** A listener that hands every event to {@code executor} (which must keep order, e.g. a single thread). */
    static SessionListener handingOffTo(Executor executor, SessionListener target) {
        Objects.requireNonNull(executor);
        Objects.requireNonNull(target);
        return event -> executor.execute(() -> target.onEvent(event));
    }
}
