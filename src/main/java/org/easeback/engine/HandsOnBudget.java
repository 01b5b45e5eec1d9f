package org.easeback.engine;

import org.easeback.safety.HandsOnWording;

/**
 * The hands-on time left before the next check-in is due, kept by the {@link Session} while it runs, so that no
 * path (extending a step again and again, restarting it, going back) carries hands-on time past the routine's
 * {@code checkInEverySeconds}: when the budget runs out in the middle of an entry, the session holds the entry and
 * asks the check-in question there. The first check-in comes within the first minute of hands-on work, even when
 * the routine opens with a check-in of its own.
 */
public final class HandsOnBudget {

    /** The first check-in comes after at most this much hands-on time. */
    public static final int FIRST_CHECK_IN_SECONDS = 60;

    private static final long SECOND = 1_000_000_000L;

    private final long intervalNanos;
    private long spentNanos;
    private boolean hadHandsOnCheckIn;

    /** A budget for {@code checkInEverySeconds} between check-ins (at least 1). */
    public HandsOnBudget(int checkInEverySeconds) {
        if (checkInEverySeconds < 1) {
            throw new IllegalArgumentException("The check-in interval must be at least 1 second.");
        }
        this.intervalNanos = checkInEverySeconds * SECOND;
    }

    /**
     * True if time in {@code entry} counts as hands on the back: techniques and sore-spot holds, timed oil steps
     * (the oil is spread across the lower back), and setup or info steps whose text guides the hands on the back
     * ("Knead the lower back"). Check-ins, open steps and other setup or info steps do not count.
     */
    public static boolean counts(PlanEntry entry) {
        if (entry.checkIn() || !entry.timed()) {
            return false;
        }
        return switch (entry.kind()) {
            case TECHNIQUE, SORE_SPOT, OIL -> true;
            case SETUP, INFO -> HandsOnWording.says(entry.title() + "\n" + String.join("\n", entry.instructions()));
            case CHECK_IN -> false;
        };
    }

    /** Hands-on time that may still pass before a check-in is due; zero or less when one is due now. */
    public long remainingNanos() {
        long limit = hadHandsOnCheckIn ? intervalNanos : Math.min(FIRST_CHECK_IN_SECONDS * SECOND, intervalNanos);
        return limit - spentNanos;
    }

    /** Counts {@code nanos} of hands-on time. */
    public void spend(long nanos) {
        spentNanos += Math.max(0, nanos);
    }

    /** A check-in was answered: the count starts again; one before any hands-on time leaves the first minute due. */
    public void checkedIn() {
        if (spentNanos > 0) {
            hadHandsOnCheckIn = true;
        }
        spentNanos = 0;
    }
}
