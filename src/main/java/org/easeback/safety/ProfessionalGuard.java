package org.easeback.safety;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.Technique;

/**
 * Refuses to guide professional-only techniques (deep tissue, Swedish, sports massage) in a home session, and
 * writes their information cards. The article: "others should only be performed by a trained professional massage
 * therapist".
 */
public final class ProfessionalGuard {

    /** The article's general reason, used when a technique has no card of its own. */
    public static final String GENERAL_REASON = "Some massage techniques can be extremely effective at relieving "
            + "pain and tension in the back, but should only be performed by a trained professional massage therapist.";

    private static final Map<String, InfoCard> CARDS = Map.of(
            "deep-tissue", new InfoCard("Deep tissue massage",
                    "Deep tissue massage uses increased pressure to reach deep muscles and connective tissues. "
                            + "It can be helpful with a muscle strain or pull.",
                    "It should only be performed by those with proper training: its pressure goes beyond what "
                            + "a home session allows."),
            "swedish", new InfoCard("Swedish massage",
                    "Swedish massage is a gentle technique that uses a variety of specialized movements, "
                            + "including kneading, tapping and vibration.",
                    "It may appear simple, but it takes a lot of training to perfect."),
            "sports-massage", new InfoCard("Sports massage",
                    "A sports massage is used to prevent injuries or to help injured athletes return to normal play. "
                            + "It is usually done a few hours before a game or practice, to loosen the muscles "
                            + "and prevent further injury.",
                    "Because it usually involves an active or recently healed injury, it is best left to "
                            + "the professionals."));

    private ProfessionalGuard() {
    }

    /** The refusal to guide {@code technique} at home, or empty if it is a home technique. */
    public static Optional<SafetyDecision> check(Technique technique, Clock clock) {
        return refusal(technique).map(m ->
                SafetyDecision.of(SafetyRule.PROFESSIONAL_ONLY, SafetyDecision.Outcome.REFUSED, m, clock));
    }

    /** The refusal to guide a professional-level routine at home, or empty if it is a home routine. */
    public static Optional<SafetyDecision> check(Routine routine, Clock clock) {
        return refusal(routine).map(m ->
                SafetyDecision.of(SafetyRule.PROFESSIONAL_ONLY, SafetyDecision.Outcome.REFUSED, m, clock));
    }

    /** Why a professional-level routine is not guided at home, as the user reads it, or empty for a home routine. */
    public static Optional<String> refusal(Routine routine) {
        if (routine.level() != Level.PROFESSIONAL) {
            return Optional.empty();
        }
        return Optional.of("\"" + routine.title() + "\" is a professional routine and is not guided in a home session. "
                + GENERAL_REASON);
    }

    /** Why {@code technique} is not guided at home, as the user reads it, or empty if it is a home technique. */
    public static Optional<String> refusal(Technique technique) {
        if (!technique.professionalOnly()) {
            return Optional.empty();
        }
        InfoCard card = infoCard(technique);
        return Optional.of(card.title() + " is not guided in a home session: it should only be performed by "
                + "a trained professional massage therapist. " + card.whyProfessional());
    }

    /** The information card the library shows for a technique, professional-only or not. */
    public static InfoCard infoCard(Technique technique) {
        InfoCard known = CARDS.get(technique.id());
        if (known != null) {
            return new InfoCard(technique.name(), known.whatItIs(), known.whyProfessional());
        }
        String what = technique.instructions().isEmpty() ? technique.name() + "."
                : String.join(" ", technique.instructions());
        String why = technique.levelReason() == null || technique.levelReason().isBlank()
                ? (technique.professionalOnly() ? GENERAL_REASON : "")
                : technique.levelReason();
        return new InfoCard(technique.name(), what, why);
    }
}
