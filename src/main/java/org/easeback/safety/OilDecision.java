package org.easeback.safety;

import java.time.Clock;
import java.util.List;

/**
 * What the oil step may do with the receiver's chosen oils: go on, wait for the receiver to confirm, or refuse.
 *
 * @param verdict       OK, NEEDS_CONFIRMATION or REFUSED
 * @param rule          the rule that decided
 * @param messages      the sentences to show, one per reason (for OK: what to mix)
 * @param oilsToConfirm for NEEDS_CONFIRMATION, the essential oils the receiver must confirm they are not sensitive to
 * @param dilution      the dilution the oil step shows
 */
public record OilDecision(Verdict verdict, SafetyRule rule, List<String> messages, List<String> oilsToConfirm,
                          Dilution dilution) {

    /** The three things the oil step can be told. */
    public enum Verdict {
        OK,
        NEEDS_CONFIRMATION,
        REFUSED
    }

    public OilDecision {
        messages = List.copyOf(messages);
        oilsToConfirm = List.copyOf(oilsToConfirm);
    }

    /** The messages as one paragraph. */
    public String message() {
        return String.join(" ", messages);
    }

    /** The question the UI asks the receiver about one unconfirmed oil. */
    public static String confirmationQuestion(String oil) {
        return "Are you sure you have no sensitivity to " + oil.strip() + "?";
    }

    /** The decision to keep in the session record. */
    public SafetyDecision decision(Clock clock) {
        SafetyDecision.Outcome outcome = switch (verdict) {
            case OK -> SafetyDecision.Outcome.ALLOWED;
            case NEEDS_CONFIRMATION -> SafetyDecision.Outcome.NEEDS_CONFIRMATION;
            case REFUSED -> SafetyDecision.Outcome.REFUSED;
        };
        return SafetyDecision.of(rule, outcome, message(), clock);
    }
}
