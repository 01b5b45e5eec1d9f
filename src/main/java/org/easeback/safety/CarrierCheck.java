package org.easeback.safety;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.OilCatalog;

/**
 * Decides whether the carrier oil a receiver gave is a carrier at all. Blank text, white space or zero-width
 * characters only, "none" (or "no", "n/a", "-"), or an essential oil given as the carrier all count as no carrier,
 * so any essential oil is then refused: the article says essential oils go only into "a massage oil that can also
 * act as a carrier".
 */
public final class CarrierCheck {

    private static final Set<String> NO_CARRIER = Set.of("none", "no", "nothing", "n", "a", "na", "nil", "null",
            "without", "carrier", "oil", "any", "skip", "nope", "zero", "x", "tbd", "unknown");

    private CarrierCheck() {
    }

    /** The text with invisible characters removed and white space collapsed, as the app shows it. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT || cp == 0x034F || cp >= 0xFE00 && cp <= 0xFE0F) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The carrier to mix into, cleaned; "" when {@code carrierText} gives no carrier (see the class comment). */
    public static String effective(String carrierText, SensitivityMatcher matcher) {
        String cleaned = clean(carrierText);
        List<String> words = SafetyText.words(cleaned);
        if (words.isEmpty() || NO_CARRIER.containsAll(words)) {
            return "";
        }
        return essentialOilNamed(cleaned, matcher).isPresent() ? "" : cleaned;
    }

    /** The carrier over the bundled oils. */
    public static String effective(String carrierText) {
        return effective(carrierText, SensitivityMatcher.bundled());
    }

    /**
     * Why the given carrier is refused when it is an essential oil ("Lavender is an essential oil, not a carrier
     * oil ..."); empty when it is a carrier or simply none.
     */
    public static Optional<String> refusal(String carrierText, SensitivityMatcher matcher) {
        String cleaned = clean(carrierText);
        return essentialOilNamed(cleaned, matcher).map(oil -> capitalised(cleaned) + " is an essential oil, not a "
                + "carrier oil: essential oils must never go on the skin undiluted. Choose a carrier oil such as "
                + OilConflicts.safeCarriers(matcher.catalog()) + ".");
    }

    private static Optional<OilCatalog.Oil> essentialOilNamed(String cleaned, SensitivityMatcher matcher) {
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        Optional<OilCatalog.Oil> oil = matcher.find(cleaned);
        if (oil.isPresent() && oil.get().kind() == OilCatalog.Kind.CARRIER) {
            return Optional.empty();
        }
        if (oil.isPresent()) {
            return oil;
        }
        // Not a known oil: words like "essential" or "EO" still say what it is.
        List<String> words = SafetyText.words(cleaned);
        return words.contains("essential") || words.contains("eo")
                ? Optional.of(new OilCatalog.Oil(cleaned, cleaned, List.of(), OilCatalog.Kind.ESSENTIAL, List.of(),
                List.of(), "article"))
                : Optional.empty();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
