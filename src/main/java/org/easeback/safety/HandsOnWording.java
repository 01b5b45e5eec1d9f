package org.easeback.safety;

import java.util.List;
import java.util.Set;

/**
 * Whether a setup or info step's text has the giver's hands working on the back ("Knead the lower back", "Rub the
 * muscles beside the spine"): such a timed step counts as hands-on time for the check-ins, as techniques do.
 * Text is normalised by {@link SafetyText} first; linear in its length.
 */
public final class HandsOnWording {

    /** Strokes and movements of the hands. */
    private static final Set<String> MOVES = Set.of("knead", "kneading", "rub", "rubbing", "stroke", "stroking",
            "glide", "gliding", "press", "pressing", "massage", "massaging", "circle", "circling", "slide", "sliding",
            "tap", "tapping", "vibrate", "pound", "pounding", "squeeze", "squeezing", "work", "working", "roll",
            "rolling", "rock", "rocking", "push", "pushing", "pull", "pulling", "spread", "spreading", "hold");
    /** Where the hands would be. */
    private static final Set<String> BODY = Set.of("back", "muscle", "muscles", "spine", "hip", "hips", "flank",
            "flanks", "side", "sides", "shoulder", "shoulders", "waist", "skin", "sacrum", "knot", "knots");

    private HandsOnWording() {
    }

    /** True if {@code text} guides a movement of the hands on the back, or a professional technique. */
    public static boolean says(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (ProfessionalWording.guidance(text).isPresent()) {
            return true;
        }
        for (String sentence : DirectApplicationRule.sentences(SafetyText.normalise(text))) {
            List<String> words = SafetyText.words(sentence);
            boolean move = false;
            boolean body = false;
            for (String w : words) {
                move |= MOVES.contains(w);
                body |= BODY.contains(w);
            }
            if (move && body && !words.contains("not") && !words.contains("never") && !words.contains("don't")) {
                return true;
            }
        }
        return false;
    }
}
