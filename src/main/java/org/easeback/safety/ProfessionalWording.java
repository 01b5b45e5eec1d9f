package org.easeback.safety;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads text for professional techniques in disguise: naming deep tissue, Swedish or sports massage as what to do,
 * and guiding the Swedish movements (kneading, tapping, vibration, pounding, ...). Describing them stays allowed:
 * "Swedish massage uses kneading, tapping and vibration" guides nothing, "Knead the lower back" does, and "Do not
 * knead" is a warning. Text is normalised by {@link SafetyText} first, and read sentence by sentence in linear time.
 */
public final class ProfessionalWording {

    /** The article's professional techniques, by the words that name them. */
    private static final List<List<String>> NAMES = List.of(List.of("deep", "tissue"), List.of("swedish"),
            List.of("sport", "massage"), List.of("sports", "massage"), List.of("petrissage"), List.of("tapotement"));

    /** The Swedish movements, base form to the name messages use. */
    private static final java.util.Map<String, String> MOVES = java.util.Map.ofEntries(
            java.util.Map.entry("knead", "kneading"), java.util.Map.entry("kneading", "kneading"),
            java.util.Map.entry("tap", "tapping"), java.util.Map.entry("tapping", "tapping"),
            java.util.Map.entry("vibrate", "vibration"), java.util.Map.entry("vibrating", "vibration"),
            java.util.Map.entry("pound", "pounding"), java.util.Map.entry("pounding", "pounding"),
            java.util.Map.entry("hack", "hacking"), java.util.Map.entry("hacking", "hacking"),
            java.util.Map.entry("chop", "chopping"), java.util.Map.entry("chopping", "chopping"),
            java.util.Map.entry("pummel", "pummelling"), java.util.Map.entry("pummelling", "pummelling"),
            java.util.Map.entry("pummeling", "pummelling"), java.util.Map.entry("beat", "beating"),
            java.util.Map.entry("beating", "beating"), java.util.Map.entry("petrissage", "petrissage"),
            java.util.Map.entry("tapotement", "tapotement"));

    /** Words before a base-form verb that keep it an instruction ("then knead", "gently tap"). */
    private static final Set<String> LEAD_INS = Set.of("then", "now", "and", "gently", "firmly", "slowly", "quickly",
            "lightly", "deeply", "please", "next", "also", "you", "simply", "just", "again", "rhythmically", "briskly");
    /** Verbs that make a gerund or a technique's name an instruction ("keep kneading", "give a Swedish massage"). */
    private static final Set<String> DOING = Set.of("keep", "start", "begin", "continue", "try", "do", "doing",
            "perform", "performing", "give", "giving", "use", "using", "apply", "applying", "practise", "practice",
            "finish", "carry", "go", "switch", "move");
    /** Words that make a "tap" something other than a stroke ("tap Space", "tap Done"). */
    private static final Set<String> NOT_A_STROKE = Set.of("space", "spacebar", "enter", "done", "next", "key",
            "button", "screen", "e", "p", "esc", "here", "to");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "don't", "dont", "avoid", "avoiding",
            "cannot", "can't", "won't", "shouldn't", "mustn't", "without", "nor");
    private static final Set<String> PROFESSIONAL_CONTEXT = Set.of("professional", "professionals", "therapist",
            "therapists", "trained", "training", "expert", "experts", "spa");

    private ProfessionalWording() {
    }

    /**
     * The professional movement or technique {@code text} tells the giver to do ("kneading", "deep tissue
     * massage"), or empty if it only describes or warns.
     */
    public static Optional<String> guidance(String text) {
        for (List<String> words : sentences(text)) {
            Optional<String> found = guidanceIn(words);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The professional technique {@code text} names as what it is ("Deep tissue glide"), outside a warning or a
     * sentence about professionals; empty otherwise. For titles and names, which instruct by naming.
     */
    public static Optional<String> naming(String text) {
        for (List<String> words : sentences(text)) {
            if (words.stream().anyMatch(PROFESSIONAL_CONTEXT::contains)) {
                continue;
            }
            int negated = firstNegation(words);
            for (int i = 0; i < words.size(); i++) {
                Optional<String> name = nameAt(words, i);
                if (name.isPresent() && negated >= i) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> guidanceIn(List<String> words) {
        int negated = firstNegation(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String move = MOVES.get(w);
            Optional<String> name = nameAt(words, i);
            boolean gerund = move != null && (w.endsWith("ing") || w.equals("petrissage") || w.equals("tapotement"));
            String previous = i == 0 ? "" : words.get(i - 1);
            boolean instructed;
            if (name.isPresent()) {
                instructed = i > 0 && (DOING.contains(previous) || i > 1 && DOING.contains(words.get(i - 2))
                        && Set.of("a", "an", "the", "some").contains(previous));
            } else if (move == null) {
                continue;
            } else if (gerund) {
                instructed = DOING.contains(previous) || i == 0 && words.size() > 1
                        && Set.of("the", "your", "their", "both", "each", "along", "over", "across", "up", "down")
                        .contains(words.get(1));
            } else {
                instructed = (i == 0 || LEAD_INS.contains(previous) || DOING.contains(previous))
                        && !(w.equals("tap") && i + 1 < words.size() && NOT_A_STROKE.contains(words.get(i + 1)));
            }
            if (instructed && negated >= i) {
                return Optional.of(name.orElse(move));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameAt(List<String> words, int i) {
        for (List<String> name : NAMES) {
            if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
                return Optional.of(switch (name.get(0)) {
                    case "deep" -> "deep tissue massage";
                    case "swedish" -> "Swedish massage";
                    case "sport", "sports" -> "sports massage";
                    default -> name.get(0);
                });
            }
        }
        return Optional.empty();
    }

    /** Where the sentence's first negation is, or its length; linear, and cheap to call again on a short list. */
    private static int firstNegation(List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (NEGATIONS.contains(words.get(j)) || words.get(j).endsWith("n't")) {
                return j;
            }
        }
        return words.size();
    }

    private static List<List<String>> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return DirectApplicationRule.sentences(SafetyText.normalise(text)).stream()
                .map(SafetyText::words).toList();
    }
}
