package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>The text is first put in one form by {@link SafetyText} (so zero-width characters and look-alike letters
 * change nothing), then cut into sentences by a linear scan at {@code . ! ? ; :}, new lines and " but ". A sentence
 * is flagged when it says directly, neat, undiluted, "as it comes from the bottle", "without the carrier" or the
 * like, no negation ("not", "never", "avoid", "instead of", ...) comes before that word in it, it tells the giver to
 * apply something (apply, put, rub, ...) or is a short fragment ("Undiluted."), and it or a neighbouring sentence
 * names an essential oil. So the instruction is caught when it is split over two sentences or across a colon.
 * Dismissing the carrier ("Don't bother with a carrier", "skip the carrier") is itself such a word: its negation
 * does not negate. "Directly" and "straight onto" are not flagged when the oil is mixed or diluted nearby, or go
 * "into the carrier". Heuristic by design: it catches the ways a trainer would write the instruction, and leaves the
 * article's own warning alone. Every step costs time linear in the length of its text.
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

    private static final String WHY = " tells the giver to put essential oil directly on the skin; "
            + "essential oils must be diluted in a carrier oil";

    /** A fragment this short ("Undiluted.", "Straight onto the skin.") continues the sentence before it. */
    private static final int FRAGMENT_WORDS = 5;

    /** Essential oils by one word; "essential oil", "tea tree" and the like are pairs, below. */
    private static final Set<String> ESSENTIAL_WORDS = Set.of("eo", "eos", "lavender", "peppermint", "eucalyptus",
            "teatree", "rosemary", "chamomile", "bergamot", "lemongrass", "frankincense", "wintergreen", "clove",
            "cloves", "cinnamon", "sandalwood", "cedarwood", "geranium", "marjoram", "juniper", "ginger", "lemon",
            "orange", "oregano", "thyme", "ylang");
    private static final Map<String, Set<String>> ESSENTIAL_PAIRS = Map.of("essential", Set.of("oil", "oils"),
            "tea", Set.of("tree"), "clary", Set.of("sage"));

    private static final Set<String> APPLY = Set.of("apply", "applied", "applying", "put", "putting", "rub",
            "rubbing", "massage", "pour", "pouring", "drip", "dripping", "drop", "dab", "dabbing", "spread",
            "spreading", "use", "using", "place", "placing", "smooth", "work", "go", "goes", "add", "adding", "dot",
            "dotting", "sprinkle", "splash", "brush", "paint", "coat", "cover", "dribble", "squeeze", "tip", "shake");

    /** Mixing nearby: "directly" then means the blend (unless "un-", "non-" or "without" comes before). */
    private static final Set<String> MIXED = Set.of("mix", "mixed", "mixing", "blend", "blended", "dilute",
            "diluted", "diluting", "stir", "stirred");
    private static final Set<String> NOT_MIXED_BEFORE = Set.of("un", "non", "without", "no");

    /** A sentence holds none of the marker phrases below unless it holds one of these words (a cheap filter). */
    private static final Set<String> DIRECT_HINTS = Set.of("directly", "direct", "straight", "right", "neat", "neatly",
            "undiluted", "diluted", "full", "fullstrength", "unmixed", "mixed", "pure", "own", "itself", "themselves",
            "comes", "come", "bottle", "vial", "dropper", "without", "no", "nothing");
    private static final Set<String> DISMISSAL_HINTS = Set.of("carrier", "base", "dilution", "diluting", "dilute",
            "mixing", "need", "needs", "bother", "worry");

    /** Words that say the oil goes on as it is, unless it was mixed nearby or goes "into the carrier". */
    private static final Pattern WEAK_DIRECT = Pattern.compile(
            "\\b(directly|direct (to|on|onto)|straight (on|onto|to|into)|right (on|onto))\\b");

    /** Words that say the oil goes on undiluted, whatever else the text says. */
    private static final Pattern DIRECT = Pattern.compile(
            "\\b(neat|neatly|undiluted|un-? ?diluted|non-? ?diluted|full[ -]?strength|unmixed|un-?mixed"
                    + "|pure on|on (its|their) own|by (itself|themselves)|as it comes|as they come"
                    + "|(straight|right|directly|fresh) (from|out of) the (bottle|vial|dropper)"
                    + "|without (a |the |any |some )?(carrier|base|diluting|dilution|mixing|a base oil)"
                    + "|with no (carrier|base|dilution)|with(out)? nothing (else )?(added|mixed))\\b");

    /** Dismissals of the carrier: they carry their own negation, which does not negate. */
    private static final Pattern NO_CARRIER = Pattern.compile(
            "\\b((don'?t|do not|never) (bother|worry) (with|about) (a|the|any) (carrier|base|dilut\\w*|mixing)"
                    + "|(skip|forget|ditch|drop|leave out|omit) (a |the |any )?(carrier|base oil|dilution|diluting)"
                    + "|no need (for|of|to use) (a |the |any )?(carrier|base|dilution)|no need to (dilute|mix)"
                    + "|(carrier|base oil|dilution|diluting) (is|are)? ?(not needed|unnecessary|optional|not necessary)"
                    + "|no carrier (is )?(needed|necessary|required)|(need|needs) no (carrier|dilution))\\b");

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|no|nor|avoid|avoiding|cannot|instead of|rather than|n't)\\b|n't\\b");

    /** Negations that say nothing about the oil. */
    private static final Pattern HARMLESS_NEGATION = Pattern.compile(
            "\\b(don'?t|do not|never) (worry|fret|panic|hesitate|be shy)\\b|\\bno (worries|problem|fuss)\\b"
                    + "|\\bnot (to worry|sure)\\b|\\bdoesn'?t matter\\b");

    /** Words right after "directly" that mean the oil goes into the carrier, not onto the skin. */
    private static final Pattern INTO_CARRIER = Pattern.compile(
            "\\W*(in|into|to) (the |your |a )?(carrier|bottle|massage oil|base oil|bowl|blend|mix|palm of)");

    private DirectApplicationRule() {
    }

    /**
     * Every part of the routine whose text breaks the rule: the title, summary and equipment (as step "0"), then each
     * step, repeats included, its title, instructions and prompt read as one text.
     */
    public static List<Finding> check(Routine routine) {
        List<Finding> findings = new ArrayList<>();
        List<String> top = new ArrayList<>();
        top.add(routine.title());
        routine.summary().ifPresent(top::add);
        top.addAll(routine.equipment());
        if (flags(String.join("\n", top))) {
            findings.add(new Finding(SourcePosition.UNKNOWN, "0",
                    "the routine's title, summary or equipment" + WHY));
        }
        scan(routine.steps(), "", findings);
        return findings;
    }

    /** The catalog entry's offending instruction, if any: catalog text is shown to givers too. */
    public static Optional<String> check(Technique technique) {
        for (int i = 0; i < technique.instructions().size(); i++) {
            if (flags(technique.instructions().get(i))) {
                return Optional.of("technique '" + technique.id() + "' instruction " + (i + 1) + WHY);
            }
        }
        List<String> all = new ArrayList<>();
        all.add(technique.name());
        all.addAll(technique.instructions());
        all.addAll(technique.equipment());
        return flags(String.join("\n", all)) ? Optional.of("technique '" + technique.id() + "'" + WHY)
                : Optional.empty();
    }

    /** True if {@code text} tells the giver to put an essential oil directly on the skin. */
    public static boolean flags(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> sentences = sentences(SafetyText.normalise(text));
        int n = sentences.size();
        List<List<String>> words = new ArrayList<>(n);
        boolean[] essential = new boolean[n];
        boolean[] mixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<String> w = words(sentences.get(i));
            words.add(w);
            essential[i] = namesEssentialOil(w);
            mixed[i] = mixes(w);
        }
        for (int i = 0; i < n; i++) {
            boolean nearEssential = essential[i] || i > 0 && essential[i - 1] || i + 1 < n && essential[i + 1];
            if (!nearEssential) {
                continue;
            }
            boolean nearMixed = mixed[i] || i > 0 && mixed[i - 1];
            if (sentenceFlags(sentences.get(i), words.get(i), nearMixed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceFlags(String sentence, List<String> words, boolean nearMixed) {
        boolean mayDismiss = words.stream().anyMatch(DISMISSAL_HINTS::contains);
        boolean mayBeDirect = words.stream().anyMatch(DIRECT_HINTS::contains);
        if (!mayDismiss && !mayBeDirect) {
            return false;
        }
        int negatedFrom = firstNegation(sentence);
        if (mayDismiss) {
            Matcher dismissal = NO_CARRIER.matcher(sentence);
            if (dismissal.find() && dismissal.start() <= negatedFrom) {
                return true;
            }
        }
        boolean instructs = words.stream().anyMatch(APPLY::contains) || words.size() <= FRAGMENT_WORDS;
        if (!mayBeDirect || !instructs) {
            return false;
        }
        // Only what comes before the first negation counts: "never apply it neat" is a warning.
        Matcher direct = DIRECT.matcher(sentence);
        if (direct.find() && direct.start() < negatedFrom) {
            return true;
        }
        if (nearMixed) {
            return false;
        }
        Matcher weak = WEAK_DIRECT.matcher(sentence);
        Matcher into = INTO_CARRIER.matcher(sentence);
        while (weak.find() && weak.start() < negatedFrom) {
            if (!into.region(weak.end(), sentence.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesEssentialOil(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (ESSENTIAL_WORDS.contains(w)) {
                return true;
            }
            Set<String> next = ESSENTIAL_PAIRS.get(w);
            if (next != null && i + 1 < words.size() && next.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mixes(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (MIXED.contains(words.get(i)) && (i == 0 || !NOT_MIXED_BEFORE.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a normalised sentence: runs of letters and digits, an inner apostrophe kept. */
    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean letter = i < sentence.length() && (Character.isLetterOrDigit(sentence.charAt(i))
                    || sentence.charAt(i) == '\'' && start >= 0);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(sentence.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Where the first negation that negates starts, or the sentence's length if none. */
    private static int firstNegation(String sentence) {
        Matcher harmless = HARMLESS_NEGATION.matcher(sentence);
        Matcher negation = NEGATION.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && negation.find(from)) {
            int at = negation.start();
            if (!startsHarmless(harmless, sentence, at)) {
                return at;
            }
            from = negation.end();
        }
        return sentence.length();
    }

    /** True if a harmless phrase ("don't worry", "doesn't matter") covers the negation at {@code at}. */
    private static boolean startsHarmless(Matcher harmless, String sentence, int at) {
        for (int start = Math.max(0, at - 5); start <= at; start++) {
            if (harmless.region(start, sentence.length()).lookingAt() && harmless.end() > at) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of normalised text, cut by one pass at . ! ? ; : new lines and " but ". */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n';
            int skip = 1;
            if (!end && c == ' ' && text.startsWith(" but ", i)) {
                end = true;
                skip = 5;
            }
            if (end) {
                add(out, text, start, i);
                start = i + skip;
                i = start - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<String> out, String text, int from, int to) {
        if (from < to) {
            String s = text.substring(from, to).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }

    private static void scan(List<Step> steps, String prefix, List<Finding> findings) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String number = prefix + (i + 1);
            if (step instanceof Step.Repeat repeat) {
                scan(repeat.steps(), number + ".", findings);
            } else if (flags(String.join("\n", texts(step)))) {
                findings.add(new Finding(step.position(), number, "step " + number + WHY));
            }
        }
    }

    /** Every text of a step a giver reads, in order. */
    static List<String> texts(Step step) {
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
        texts.removeIf(t -> t == null);
        return texts;
    }
}
