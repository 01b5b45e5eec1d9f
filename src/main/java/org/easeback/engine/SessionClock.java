package org.easeback.engine;

/** The monotonic time source a session runs on; injected so tests can drive time by hand. */
@FunctionalInterface
public interface SessionClock {

    /** A monotonic instant in nanoseconds; only differences between two readings mean anything. */
    long nanoTime();

    /**
     * A wall clock that moves exactly with this one, reading {@code origin} now: stamps for a record kept in
     * memory, so its durations agree with the engine's to the nanosecond (and tests stay deterministic).
     */
    default java.time.Clock asWallClock(java.time.Instant origin) {
        long zero = nanoTime();
        SessionClock self = this;
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return origin.plusNanos(self.nanoTime() - zero);
            }
        };
    }

    /**
     * How many nanoseconds of real time {@code clockNanos} of this clock take: the same for a clock that keeps real
     * time; less for one that runs faster ({@link ScaledClock}). The runner parks for this long.
     */
    default long realNanos(long clockNanos) {
        return clockNanos;
    }

    /** A clock whose time passes {@code factor} times as fast as {@code base}'s from now on (a preview's). */
    static SessionClock scaled(SessionClock base, int factor) {
        return ScaledClock.over(base, factor);
    }

    /** The real clock, over {@link System#nanoTime()}. */
    static SessionClock system() {
        return SystemClock.INSTANCE;
    }
}
