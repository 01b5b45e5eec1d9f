package org.easeback.safety;

import java.util.Optional;
import org.easeback.routine.Pressure;

/**
 * What each pressure level means on the 1–10 scale therapists use, the limits of a home session, and how a
 * check-in answer shifts the pressure.
 */
public final class PressureGuide {

    /** The most a home session ever uses: firm, ≈ 7 of 10. */
    public static final Pressure HOME_LIMIT = Pressure.FIRM;
    /** The first level on the 1–10 scale that is "too much". */
    public static final int TOO_MUCH = 8;

    private PressureGuide() {
    }

    /** The level with its scale, as in sentences: "gentle (≈ 4 of 10)". */
    public static String label(Pressure p) {
        return p.jsonName() + " (≈ " + p.scale() + " of 10)";
    }

    /** What the level means for the giver's hands, one or two sentences. */
    public static String describe(Pressure p) {
        String head = capitalised(label(p)) + ": ";
        return head + switch (p) {
            case LIGHT -> "little more than the weight of your hands. The skin moves, the muscle barely does.";
            case GENTLE -> "the article's default. You feel the muscle under your hands; it is never uncomfortable.";
            case MODERATE -> "slightly more pressure. The receiver feels it clearly, and it stays comfortable.";
            case FIRM -> "firm thumb pressure, as in the sore-spot holds. The most a home session uses: "
                    + TOO_MUCH + " of 10 is too much.";
        };
    }

    /** The most pressure allowed: the technique's own maximum, the screening's cap and the home limit, whichever is lowest. */
    public static Pressure cap(Pressure techniqueMax, Pressure screeningCap) {
        return min(min(techniqueMax, screeningCap), HOME_LIMIT);
    }

    /** {@code wanted}, lowered to {@code cap} if it is above it. */
    public static Pressure limit(Pressure wanted, Pressure cap) {
        return min(wanted, min(cap, HOME_LIMIT));
    }

    /** Why a step's pressure was lowered to the cap, or empty if it is within it. */
    public static Optional<String> limitMessage(Pressure wanted, Pressure cap) {
        Pressure limited = limit(wanted, cap);
        if (limited == wanted) {
            return Optional.empty();
        }
        return Optional.of("This step asks for " + label(wanted) + " pressure; this session uses at most "
                + label(limited) + ".");
    }

    /** What a check-in answer does to {@code current}, never going below light nor above {@code cap}. */
    public static PressureShift shift(Pressure current, CheckInAnswer answer, Pressure cap) {
        Pressure max = min(cap, HOME_LIMIT);
        Pressure to = current.shifted(answer.pressureShift(), max);
        String message = switch (answer) {
            case IT_HURTS -> "It hurts: " + SafetyAdvice.PAIN_STOP;
            case SAME -> "Same: pressure stays at " + label(to) + ".";
            case LIGHTER -> to.compareTo(current) < 0
                    ? "Lighter: pressure goes down one level, to " + label(to) + "."
                    : "Lighter: pressure stays at " + label(to) + ", the lightest level.";
            case FIRMER -> to.compareTo(current) > 0
                    ? "Firmer: pressure goes up one level, to " + label(to) + "."
                    : "Firmer: pressure stays at " + label(to) + ", the most allowed "
                    + (max == HOME_LIMIT ? "in a home session (" + TOO_MUCH + " of 10 is too much)."
                    : "for this receiver and technique.");
        };
        return new PressureShift(answer, current, answer == CheckInAnswer.IT_HURTS ? current : to, message);
    }

    private static Pressure min(Pressure a, Pressure b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
