package org.easeback.engine;

/** The real monotonic clock: {@link System#nanoTime()}. */
public final class SystemClock implements SessionClock {

    /** The one instance; the clock has no state. */
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
