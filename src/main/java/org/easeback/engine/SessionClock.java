package org.easeback.engine;

/** The monotonic time source a session runs on; injected so tests can drive time by hand. */
@FunctionalInterface
public interface SessionClock {

    /** A monotonic instant in nanoseconds; only differences between two readings mean anything. */
    long nanoTime();

    /** The real clock, over {@link System#nanoTime()}. */
    static SessionClock system() {
        return SystemClock.INSTANCE;
    }
}
