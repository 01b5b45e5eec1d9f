package org.easeback.engine;

import java.util.OptionalInt;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;

/**
 * How to compile a plan.
 *
 * @param checkInEverySeconds overrides the routine's {@code safety.checkInEverySeconds} if present; the stricter
 *                            (smaller) of the two wins, so settings can only add check-ins
 * @param sessionLevel        HOME for a home session: professional-only techniques are refused
 */
public record PlanSettings(OptionalInt checkInEverySeconds, Level sessionLevel) {

    /** A home session using the routine's own check-in interval. */
    public static final PlanSettings HOME = new PlanSettings(OptionalInt.empty(), Level.HOME);

    public PlanSettings {
        checkInEverySeconds = checkInEverySeconds == null ? OptionalInt.empty() : checkInEverySeconds;
        sessionLevel = sessionLevel == null ? Level.HOME : sessionLevel;
        if (checkInEverySeconds.isPresent() && checkInEverySeconds.getAsInt() < 1) {
            throw new IllegalArgumentException("The check-in interval must be at least 1 second.");
        }
    }

    /** A home session with at most {@code seconds} of hands-on time between check-ins. */
    public static PlanSettings homeWithCheckInEvery(int seconds) {
        return new PlanSettings(OptionalInt.of(seconds), Level.HOME);
    }

    /** The interval that applies to {@code routine}. */
    public int checkInLimitFor(Routine routine) {
        int fromRoutine = routine.checkInEverySeconds() > 0 ? routine.checkInEverySeconds()
                : Routine.DEFAULT_CHECK_IN_SECONDS;
        return checkInEverySeconds.isPresent() ? Math.min(fromRoutine, checkInEverySeconds.getAsInt()) : fromRoutine;
    }
}
