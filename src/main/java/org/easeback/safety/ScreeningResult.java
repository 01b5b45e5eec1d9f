package org.easeback.safety;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Pressure;

/**
 * What the screen decided: go, go with cautions, or do not start, with the sentences the app shows.
 *
 * @param answers     the answers it was decided from, kept with the session record
 * @param outcome     go, go with cautions, or do not start
 * @param stops       the "yes" answers that prevent the start, in the screen's order
 * @param cautions    the "yes" answers that are cautions, in the screen's order
 * @param pressureCap the most pressure the session may use (firm, the home limit, unless a caution lowers it)
 * @param dilution    the strongest essential-oil dilution allowed
 */
public record ScreeningResult(ScreeningAnswers answers, Outcome outcome, List<ScreeningQuestion> stops,
                              List<ScreeningQuestion> cautions, Pressure pressureCap, Dilution dilution) {

    /** The three outcomes of the screen. */
    public enum Outcome {
        GO,
        GO_WITH_CAUTIONS,
        DO_NOT_START
    }

    public ScreeningResult {
        stops = List.copyOf(stops);
        cautions = List.copyOf(cautions);
    }

    /** True unless the session must not start. */
    public boolean mayStart() {
        return outcome != Outcome.DO_NOT_START;
    }

    /** Why the session must not start, one sentence per answer; empty unless the outcome is DO_NOT_START. */
    public List<String> reasons() {
        return stops.stream().map(ScreeningQuestion::meaning).toList();
    }

    /** The cautions shown during the session, one sentence per answer. Empty when the session must not start. */
    public List<String> cautionTexts() {
        return mayStart() ? cautions.stream().map(ScreeningQuestion::meaning).toList() : List.of();
    }

    /** The advice to see a physician, present when the session must not start. */
    public Optional<String> advice() {
        return mayStart() ? Optional.empty() : Optional.of(SafetyAdvice.SEE_PHYSICIAN);
    }

    /** The decision to keep in the session record and log. */
    public SafetyDecision decision(Clock clock) {
        return switch (outcome) {
            case GO -> SafetyDecision.of(SafetyRule.SCREENING_DO_NOT_START, SafetyDecision.Outcome.ALLOWED,
                    "Screening: no warning signs.", clock);
            case GO_WITH_CAUTIONS -> SafetyDecision.of(SafetyRule.SCREENING_CAUTION, SafetyDecision.Outcome.CAUTION,
                    String.join(" ", cautionTexts()), clock);
            case DO_NOT_START -> SafetyDecision.of(SafetyRule.SCREENING_DO_NOT_START, SafetyDecision.Outcome.STOPPED,
                    String.join(" ", reasons()) + " " + SafetyAdvice.SEE_PHYSICIAN, clock);
        };
    }
}
