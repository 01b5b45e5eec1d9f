package org.easeback.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when a test advances it; safe to read from any thread. */
public final class FakeClock implements SessionClock {

    private final AtomicLong now;

    /** A clock starting at an arbitrary non-zero instant, so code that assumes zero is caught. */
    public FakeClock() {
        this(1_000_000_000_000L);
    }

    public FakeClock(long startNanos) {
        this.now = new AtomicLong(startNanos);
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    /** Moves time forward by {@code nanos} (never backwards) and returns the new instant. */
    public long advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("A clock cannot go backwards: " + nanos + " ns");
        }
        return now.addAndGet(nanos);
    }

    public long advanceMillis(long millis) {
        return advanceNanos(millis * 1_000_000L);
    }

    public long advanceSeconds(long seconds) {
        return advanceNanos(seconds * 1_000_000_000L);
    }

    public long advance(Duration d) {
        return advanceNanos(d.toNanos());
    }

    /** Sets the instant; it must not be earlier than now. */
    public void setNanos(long instant) {
        advanceNanos(instant - now.get());
    }
}
