package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.easeback.routine.Technique;

/**
 * Finds routine text that tells the giver to put an essential oil directly (neat, undiluted) on the skin.
 * The article: "essential oils should not be applied directly to the skin". Warnings that say so are not flagged.
 *
 * <p>It works sentence by sentence: a sentence is flagged when it names an essential oil, tells the giver to
 * apply it (apply, put, rub, ...), says directly, neat, undiluted or similar, and no negation ("not", "never",
 * "avoid", "instead of", ...) comes before that word. Heuristic by design: it catches the ways a trainer would write
 * the instruction, and leaves the article's own warning alone.
 */
public final class DirectApplicationRule {

    /** The rule's name in diagnostics and logs. */
    public static final String NAME = SafetyRule.TEXT_DIRECT_APPLICATION.ruleName();

    /**
     * One flagged step.
     *
     * @param position where the step starts in its file
     * @param step     the step's number, with repeats as "4.2" (second step inside step 4)
     * @param message  what is wrong and why, as a sentence
     */
    public record Finding(SourcePosition position, String step, String message) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\\n]+|\\s+but\\s+");

    private static final Pattern ESSENTIAL_OIL = Pattern.compile(
            "\\bessential[\\s-]+oils?\\b|\\b(lavender|peppermint|eucalyptus|tea[\\s-]?tree|rosemary|chamomile"
                    + "|clary[\\s-]+sage|bergamot|lemongrass|frankincense|ylang[\\s-]?ylang|wintergreen|clove"
                    + "|cinnamon|sandalwood|cedarwood|geranium|marjoram|juniper)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern APPLY = Pattern.compile(
            "\\b(apply|applied|applying|put|putting|rub|rubbing|massage|pour|pouring|drip|dripping|drop|dab"
                    + "|dabbing|spread|spreading|use|using|place|placing|smooth|work)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DIRECT = Pattern.compile(
            "\\b(directly|neat|undiluted|straight\\s+(on|onto|to)|full[\\s-]+strength"
                    + "|without\\s+(a\\s+|any\\s+)?(carrier|diluting|dilution|mixing)|unmixed)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|no|nor|avoid|avoiding|cannot|instead\\s+of|rather\\s+than)\\b|n't\\b|n’t\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words right after "directly" that mean the oil goes into the carrier, not onto the skin. */
    private static final Pattern INTO_CARRIER = Pattern.compile(
            "^\\W*(in|into|to)\\s+(the\\s+|your\\s+|a\\s+)?(carrier|bottle|massage\\s+oil|base\\s+oil|bowl|blend)",
            Pattern.CASE_INSENSITIVE);

    private DirectApplicationRule() {
    }

    /** Every step of the routine, repeats included, whose title, instructions or prompt breaks the rule. */
    public static List<Finding> check(Routine routine) {
        List<Finding> findings = new ArrayList<>();
        scan(routine.steps(), "", findings);
        return findings;
    }

    /** The catalog entry's offending instruction, if any: catalog text is shown to givers too. */
    public static Optional<String> check(Technique technique) {
        for (int i = 0; i < technique.instructions().size(); i++) {
            if (flags(technique.instructions().get(i))) {
                return Optional.of("technique '" + technique.id() + "' instruction " + (i + 1)
                        + " tells the giver to put essential oil directly on the skin; "
                        + "essential oils must be diluted in a carrier oil");
            }
        }
        return flags(technique.name()) ? Optional.of("technique '" + technique.id()
                + "' tells the giver to put essential oil directly on the skin; "
                + "essential oils must be diluted in a carrier oil") : Optional.empty();
    }

    /** True if {@code text} tells the giver to put an essential oil directly on the skin. */
    public static boolean flags(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentenceFlags(sentence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceFlags(String sentence) {
        if (!ESSENTIAL_OIL.matcher(sentence).find() || !APPLY.matcher(sentence).find()) {
            return false;
        }
        Matcher direct = DIRECT.matcher(sentence);
        while (direct.find()) {
            String before = sentence.substring(0, direct.start());
            String after = sentence.substring(direct.end());
            if (NEGATION.matcher(before).find()) {
                continue;
            }
            if (INTO_CARRIER.matcher(after).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static void scan(List<Step> steps, String prefix, List<Finding> findings) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String number = prefix + (i + 1);
            if (step instanceof Step.Repeat repeat) {
                scan(repeat.steps(), number + ".", findings);
            } else if (texts(step).stream().anyMatch(DirectApplicationRule::flags)) {
                findings.add(new Finding(step.position(), number, "step " + number
                        + " tells the giver to put essential oil directly on the skin; "
                        + "essential oils must be diluted in a carrier oil"));
            }
        }
    }

    private static List<String> texts(Step step) {
        List<String> texts = new ArrayList<>();
        if (step instanceof Step.Setup s) {
            texts.add(s.title());
            texts.add(s.instructions());
            s.imageAlt().ifPresent(texts::add);
        } else if (step instanceof Step.Oil s) {
            texts.add(s.title());
            texts.add(s.instructions());
            s.imageAlt().ifPresent(texts::add);
        } else if (step instanceof Step.Technique s) {
            s.title().ifPresent(texts::add);
            s.instructions().ifPresent(texts::add);
        } else if (step instanceof Step.Info s) {
            texts.add(s.title());
            texts.add(s.instructions());
        } else if (step instanceof Step.CheckIn s) {
            s.prompt().ifPresent(texts::add);
        }
        return texts;
    }
}
