package org.easeback.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the oils before the oil step: essential oils only in a carrier oil, nothing on the receiver's sensitivity
 * list, every essential oil confirmed by the receiver, and the dilution to mix at.
 */
public final class OilGuard {

    /** The refusal when essential oils are chosen without a carrier oil. */
    public static final String CARRIER_REQUIRED =
            "Essential oils must be diluted in a carrier oil: choose a carrier oil first.";

    /** Words that name the kind of product rather than the ingredient. */
    private static final Set<String> FILLER = Set.of("oil", "oils", "essential", "pure", "organic", "the", "of",
            "and", "extract", "a", "an");

    private OilGuard() {
    }

    /** Checks the receiver's chosen oils; {@code confirmedOils} are those the receiver has confirmed this session. */
    public static OilDecision check(OilChoice receiver, Collection<String> confirmedOils, Dilution dilution) {
        return check(receiver.carrierOil(), receiver.essentialOils(), receiver.sensitivities(), confirmedOils,
                dilution);
    }

    /**
     * Checks a choice of oils. Refusals come first (no carrier for essential oils, an oil on the sensitivity list);
     * then any essential oil the receiver has not confirmed; otherwise OK with the dilution to mix at.
     */
    public static OilDecision check(String carrierOil, List<String> essentialOils, Collection<String> sensitivities,
                                    Collection<String> confirmedOils, Dilution dilution) {
        String carrier = CarrierCheck.effective(carrierOil);
        List<String> essentials = essentialOils.stream().map(CarrierCheck::clean)
                .filter(o -> !o.isEmpty()).distinct().toList();

        // Refusals, by meaning: a carrier that is not one, no carrier for essential oils, and every oil the
        // sensitivities rule out by name or allergen family (OilConflicts).
        List<String> refusals = new ArrayList<>();
        SafetyRule rule = null;
        for (OilConflict conflict : OilConflicts.of(carrierOil, essentials, new ArrayList<>(sensitivities))) {
            refusals.add(conflict.message());
            SafetyRule r = conflict.kind() == OilConflict.Kind.SENSITIVITY ? SafetyRule.OIL_SENSITIVITY
                    : SafetyRule.OIL_CARRIER_REQUIRED;
            rule = rule == null ? r : rule;
        }
        if (!refusals.isEmpty()) {
            return new OilDecision(OilDecision.Verdict.REFUSED, rule, refusals, List.of(), dilution);
        }

        List<String> unconfirmed = essentials.stream()
                .filter(oil -> confirmedOils.stream().noneMatch(c -> sameIngredient(oil, c))).toList();
        if (!unconfirmed.isEmpty()) {
            List<String> messages = unconfirmed.stream().map(oil -> "Nobody has confirmed that the receiver has no "
                    + "sensitivity to " + oil + ". Ask them before using it.").toList();
            return new OilDecision(OilDecision.Verdict.NEEDS_CONFIRMATION, SafetyRule.OIL_UNCONFIRMED, messages,
                    unconfirmed, dilution);
        }

        String message;
        if (essentials.isEmpty()) {
            message = carrier.isEmpty()
                    ? "No oil chosen: a massage oil, warmed between the hands, makes the strokes smoother."
                    : "Warm the " + carrier + " between your hands; no essential oils.";
        } else {
            message = "Mix " + String.join(", ", essentials) + " into the " + carrier + ": " + dilution.guidance()
                    + " Never put essential oil directly on the skin.";
        }
        return new OilDecision(OilDecision.Verdict.OK, SafetyRule.OIL_DILUTION, List.of(message), List.of(),
                dilution);
    }

    /** The entry of {@code sensitivities} that rules {@code oil} out, by name or family ({@link SensitivityMatcher}). */
    public static Optional<String> sensitivityMatch(String oil, Collection<String> sensitivities) {
        return SensitivityMatcher.bundled().match(oil, new ArrayList<>(sensitivities)).map(SensitivityMatcher.Match::sensitivity);
    }

    /**
     * True if two names plausibly name the same ingredient: case is ignored, words like "oil" and "essential" are
     * dropped, and the words of one name all appear in the other ("peppermint" and "Peppermint oil"; "almond" and
     * "sweet almond oil").
     */
    public static boolean sameIngredient(String a, String b) {
        Set<String> left = ingredientWords(a);
        Set<String> right = ingredientWords(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left.containsAll(right) || right.containsAll(left);
    }

    private static Set<String> ingredientWords(String name) {
        Set<String> words = new LinkedHashSet<>();
        if (name == null) {
            return words;
        }
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || FILLER.contains(w)) {
                continue;
            }
            // "cloves" and "clove" are the same ingredient; "ss" endings (e.g. "grass") are not plurals.
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }
}
