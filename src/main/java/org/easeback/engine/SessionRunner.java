package org.easeback.engine;

/**
 * Drives a session in real time on one daemon thread: sleeps until the next deadline and advances the session.
 * Commands may be called from any thread; the runner wakes up when they change the schedule.
 */
public final class SessionRunner implements AutoCloseable {

    public SessionRunner(Session session) {
    }

    /** Starts the thread; it ends by itself when the session reaches a final state, or on {@link #close()}. */
    public void start() {
    }

    @Override
    public void close() {
    }
}
