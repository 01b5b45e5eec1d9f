package org.easeback.engine;

/**
 * What is due next within one running entry, and what has already been sent: the last three seconds, halfway
 * (hands-on entries only), pace beats and ticks, then the entry's end. Every offset is computed from the entry's
 * start, never by adding intervals up. {@link #next} only reads; {@link #sent} records a deadline once delivered.
 */
final class DeadlineSchedule {

    static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long TICK_NANOS = Session.TICK.toNanos();

    /** Kinds of deadline, in the order they go out at the same instant. */
    enum Kind { COUNTDOWN, HALFWAY, BEAT, TICK, END }

    /** A deadline at {@code offset} nanoseconds into the entry; {@code countdown} is 3, 2 or 1 for COUNTDOWN. */
    record Deadline(Kind kind, long offset, int countdown) {
    }

    private long ticksSent;
    private long beatsSent;
    private boolean halfwaySent;
    private long lastCountdownOffset;

    /** Forgets what was sent: a new entry begins. */
    void reset() {
        ticksSent = 0;
        beatsSent = 0;
        halfwaySent = false;
        lastCountdownOffset = 0;
    }

    long beatsSent() {
        return beatsSent;
    }

    /** The next deadline of {@code entry}, {@code length} nanoseconds long with extensions. */
    Deadline next(PlanEntry entry, long length) {
        Deadline best = new Deadline(Kind.END, length, 0);
        for (int n = 3; n >= 1; n--) {
            long due = length - n * SECOND;
            if (due > 0 && due > lastCountdownOffset) {
                best = new Deadline(Kind.COUNTDOWN, due, n);
                break;
            }
        }
        if (!halfwaySent && entry.kind().handsOn() && length > 0) {
            best = earlier(best, new Deadline(Kind.HALFWAY, length / 2, 0));
        }
        int spm = entry.strokesPerMinute().orElse(0);
        if (spm > 0) {
            long due = beatOffset(beatsSent, spm);
            if (due < length) {
                best = earlier(best, new Deadline(Kind.BEAT, due, 0));
            }
        }
        long tick = (ticksSent + 1) * TICK_NANOS;
        if (tick < length) {
            best = earlier(best, new Deadline(Kind.TICK, tick, 0));
        }
        return best;
    }

    /** Records that {@code d} was delivered. */
    void sent(Deadline d) {
        switch (d.kind()) {
            case COUNTDOWN -> lastCountdownOffset = d.offset();
            case HALFWAY -> halfwaySent = true;
            case BEAT -> beatsSent++;
            case TICK -> ticksSent++;
            case END -> { }
        }
    }

    /** Marks everything due before {@code elapsed} as sent (a restored entry goes on from where it was). */
    void seekTo(PlanEntry entry, long length, long elapsed) {
        if (elapsed <= 0) {
            return;
        }
        ticksSent = Math.min(elapsed / TICK_NANOS, Math.max(0, (length - 1) / TICK_NANOS));
        int spm = entry.strokesPerMinute().orElse(0);
        while (spm > 0 && beatOffset(beatsSent, spm) <= elapsed && beatOffset(beatsSent, spm) < length) {
            beatsSent++;
        }
        halfwaySent = length / 2 <= elapsed;
        lastCountdownOffset = elapsed;
    }

    private static Deadline earlier(Deadline best, Deadline candidate) {
        boolean wins = candidate.offset() < best.offset()
                || (candidate.offset() == best.offset() && candidate.kind().compareTo(best.kind()) < 0);
        return wins ? candidate : best;
    }

    private static long beatOffset(long k, int spm) {
        return k * MINUTE / spm;
    }
}
