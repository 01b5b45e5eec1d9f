package org.easeback.engine;

import java.util.Objects;

/**
 * A session clock whose time passes {@code factor} times faster than {@code base}'s from {@code origin} on: a
 * preview plays a plan at 5× or 20× on it, through the same engine, runner and player as a real session.
 *
 * @param base   the clock that real time moves
 * @param factor how many nanoseconds of this clock pass in one of {@code base}'s; at least 1
 * @param origin the instant of {@code base} at which both clocks read the same
 */
public record ScaledClock(SessionClock base, int factor, long origin) implements SessionClock {

    /** The largest speed-up: beyond it the runner's 100 ms ticks would come faster than a screen can show them. */
    public static final int MAX_FACTOR = 100;

    public ScaledClock {
        Objects.requireNonNull(base);
        if (factor < 1 || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("A clock can run 1 to " + MAX_FACTOR + " times as fast, not "
                    + factor + " times.");
        }
    }

    /** A clock running {@code factor} times as fast as {@code base}, reading what {@code base} reads now. */
    public static ScaledClock over(SessionClock base, int factor) {
        return new ScaledClock(base, factor, base.nanoTime());
    }

    @Override
    public long nanoTime() {
        return origin + (base.nanoTime() - origin) * factor;
    }

    @Override
    public long realNanos(long clockNanos) {
        return clockNanos / factor;
    }
}
