package org.easeback.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan's oil step tells the giver for one receiver, worked out before the session by {@link OilGuard}:
 * refused oils are left out with the guard's reason, the rest are named with their dilution, and an essential oil
 * nobody has confirmed makes the step wait until the receiver confirms.
 *
 * @param instructions      the sentences for the oil step, in order (any confirmation first)
 * @param notes             the decisions in one sentence each, for the plan's notes
 * @param decisions         the guard's decisions in the order taken: any refusals, then the final OK or
 *                          NEEDS_CONFIRMATION; empty when no receiver is chosen
 * @param needsConfirmation true if the receiver must confirm an essential oil before the step goes on
 */
public record OilStepPlan(List<String> instructions, List<String> notes, List<OilDecision> decisions,
                          boolean needsConfirmation) {

    private static final int MAX_ROUNDS = 4;

    public OilStepPlan {
        instructions = List.copyOf(instructions);
        notes = List.copyOf(notes);
        decisions = List.copyOf(decisions);
    }

    /** The oil step with no receiver chosen: a plain carrier oil, and ask before adding any essential oil. */
    public static OilStepPlan forGuest() {
        return new OilStepPlan(List.of(SafetyAdvice.GUEST_OIL),
                List.of("Oil step: no receiver chosen. " + SafetyAdvice.GUEST_OIL), List.of(), false);
    }

    /** The oil step for a session: the guest's when nobody chose oils (no receiver, or the guest), else theirs. */
    public static OilStepPlan forSession(Optional<OilChoice> oils, Dilution dilution) {
        return oils.isEmpty() ? forGuest() : forReceiver(oils.get(), dilution);
    }

    /** The oil step for a receiver's carrier oil, essential oils and sensitivities, at {@code dilution}. */
    public static OilStepPlan forReceiver(OilChoice receiver, Dilution dilution) {
        String carrier = receiver.carrierOil();
        List<String> essentials = new ArrayList<>(receiver.essentialOils().stream()
                .map(CarrierCheck::clean).filter(o -> !o.isEmpty()).distinct().toList());
        List<String> sensitivities = receiver.sensitivities();
        Set<String> leftOut = new LinkedHashSet<>();
        List<OilDecision> decisions = new ArrayList<>();

        // Each round drops what the guard refused, until what is left passes (dropping the carrier for a
        // sensitivity can leave essential oils without one, which the next round refuses).
        OilDecision decision = OilGuard.check(carrier, essentials, sensitivities, List.of(), dilution);
        for (int round = 0; decision.verdict() == OilDecision.Verdict.REFUSED && round < MAX_ROUNDS; round++) {
            decisions.add(decision);
            carrier = CarrierCheck.effective(carrier); // "none", blank or an essential oil: no carrier
            if (!carrier.isEmpty() && OilGuard.sensitivityMatch(carrier, sensitivities).isPresent()) {
                carrier = "";
            }
            essentials.removeIf(oil -> OilGuard.sensitivityMatch(oil, sensitivities).isPresent());
            for (String message : decision.messages()) {
                if (message.equals(OilGuard.CARRIER_REQUIRED)) {
                    if (!essentials.isEmpty()) {
                        leftOut.add(leftOutWithoutCarrier(essentials));
                    }
                    essentials.clear();
                } else {
                    leftOut.add(message);
                }
            }
            decision = OilGuard.check(carrier, essentials, sensitivities, List.of(), dilution);
        }
        decisions.add(decision);
        carrier = CarrierCheck.effective(carrier);

        List<String> instructions = new ArrayList<>();
        boolean confirm = decision.verdict() == OilDecision.Verdict.NEEDS_CONFIRMATION;
        if (confirm) {
            for (String oil : decision.oilsToConfirm()) {
                instructions.add("Before you mix anything, ask the receiver to confirm they are not sensitive to "
                        + oil + ": \"" + OilDecision.confirmationQuestion(oil) + "\" Leave it out unless they do.");
            }
            // What to mix once confirmed: the guard's own wording for the confirmed oils.
            instructions.add(OilGuard.check(carrier, essentials, sensitivities, essentials, dilution).message());
        } else {
            instructions.add(decision.message());
        }
        instructions.addAll(leftOut);

        List<String> notes = new ArrayList<>();
        for (OilDecision d : decisions) {
            notes.add("Oil step: " + d.message());
        }
        return new OilStepPlan(instructions, notes, decisions, confirm);
    }

    /** The essential oils the receiver must confirm before the step goes on; empty if none. */
    public List<String> oilsToConfirm() {
        return finalDecision().map(OilDecision::oilsToConfirm).orElse(List.of());
    }

    /** The guard's last decision (OK or NEEDS_CONFIRMATION), or empty when no receiver is chosen. */
    public Optional<OilDecision> finalDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    private static String leftOutWithoutCarrier(List<String> essentials) {
        String oils = String.join(", ", essentials);
        return Character.toUpperCase(oils.charAt(0)) + oils.substring(1) + (essentials.size() == 1 ? " is" : " are")
                + " left out. " + OilGuard.CARRIER_REQUIRED;
    }
}
