package org.easeback.engine;

import java.util.OptionalInt;
import org.easeback.routine.Level;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.safety.Dilution;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.ScreeningResult;

/**
 * How to compile a plan.
 *
 * @param checkInEverySeconds overrides the routine's {@code safety.checkInEverySeconds} if present; the stricter
 *                            (smaller) of the two wins, so settings can only add check-ins
 * @param sessionLevel        HOME for a home session: professional-only techniques are refused
 * @param pressureCap         the most pressure any entry may use or be raised to (the screening's cap; firm, the
 *                            home limit, when nothing lowers it)
 * @param dilution            the essential-oil dilution the oil step shows (the screening's; 2 % by default)
 */
public record PlanSettings(OptionalInt checkInEverySeconds, Level sessionLevel, Pressure pressureCap,
                           Dilution dilution) {

    /** A home session using the routine's own check-in interval, no screening cautions. */
    public static final PlanSettings HOME = new PlanSettings(OptionalInt.empty(), Level.HOME);

    public PlanSettings {
        checkInEverySeconds = checkInEverySeconds == null ? OptionalInt.empty() : checkInEverySeconds;
        sessionLevel = sessionLevel == null ? Level.HOME : sessionLevel;
        pressureCap = pressureCap == null ? PressureGuide.HOME_LIMIT : pressureCap;
        dilution = dilution == null ? Dilution.TWO_PERCENT : dilution;
        if (checkInEverySeconds.isPresent() && checkInEverySeconds.getAsInt() < 1) {
            throw new IllegalArgumentException("The check-in interval must be at least 1 second.");
        }
    }

    /** Settings with no screening cautions: pressure up to the home limit, 2 % dilution. */
    public PlanSettings(OptionalInt checkInEverySeconds, Level sessionLevel) {
        this(checkInEverySeconds, sessionLevel, PressureGuide.HOME_LIMIT, Dilution.TWO_PERCENT);
    }

    /** A home session with at most {@code seconds} of hands-on time between check-ins. */
    public static PlanSettings homeWithCheckInEvery(int seconds) {
        return new PlanSettings(OptionalInt.of(seconds), Level.HOME);
    }

    /** These settings with the screening's pressure cap and dilution (pregnancy: gentle pressure, 1 %). */
    public PlanSettings withScreening(ScreeningResult screening) {
        return new PlanSettings(checkInEverySeconds, sessionLevel, screening.pressureCap(), screening.dilution());
    }

    /** The interval that applies to {@code routine}. */
    public int checkInLimitFor(Routine routine) {
        int fromRoutine = routine.checkInEverySeconds() > 0 ? routine.checkInEverySeconds()
                : Routine.DEFAULT_CHECK_IN_SECONDS;
        return checkInEverySeconds.isPresent() ? Math.min(fromRoutine, checkInEverySeconds.getAsInt()) : fromRoutine;
    }
}
