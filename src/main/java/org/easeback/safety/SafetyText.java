package org.easeback.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts text in the one form the safety rules read, so that a rule cannot be worded around with invisible or
 * look-alike characters: NFKC (full-width and ligature forms become plain letters), format characters removed
 * (zero-width spaces and joiners, soft hyphens, direction marks), Cyrillic and Greek look-alikes folded to Latin,
 * accents dropped, dashes and curly quotes made plain, every run of white space one space, lower case.
 * One pass over the text, so linear in its length.
 */
public final class SafetyText {

    /** Cyrillic and Greek capitals drawn like Latin ones, to the Latin letter in lower case. */
    private static final Map<Character, Character> UPPER_CONFUSABLES = Map.ofEntries(
            Map.entry('А', 'a'), Map.entry('В', 'b'), Map.entry('Е', 'e'), Map.entry('К', 'k'), Map.entry('М', 'm'),
            Map.entry('Н', 'h'), Map.entry('О', 'o'), Map.entry('Р', 'p'), Map.entry('С', 'c'), Map.entry('Т', 't'),
            Map.entry('Х', 'x'), Map.entry('У', 'y'), Map.entry('І', 'i'), Map.entry('Ј', 'j'), Map.entry('Ѕ', 's'),
            Map.entry('Α', 'a'), Map.entry('Β', 'b'), Map.entry('Ε', 'e'), Map.entry('Ζ', 'z'), Map.entry('Η', 'h'),
            Map.entry('Ι', 'i'), Map.entry('Κ', 'k'), Map.entry('Μ', 'm'), Map.entry('Ν', 'n'), Map.entry('Ο', 'o'),
            Map.entry('Ρ', 'p'), Map.entry('Τ', 't'), Map.entry('Υ', 'y'), Map.entry('Χ', 'x'));

    /** Cyrillic, Greek and other small letters drawn like Latin ones. */
    private static final Map<Character, Character> LOWER_CONFUSABLES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ѕ', 's'), Map.entry('і', 'i'),
            Map.entry('ї', 'i'), Map.entry('ј', 'j'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'),
            Map.entry('һ', 'h'), Map.entry('ɡ', 'g'), Map.entry('ı', 'i'), Map.entry('ℓ', 'l'),
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ω', 'w'), Map.entry('ς', 'c'));

    private SafetyText() {
    }

    /** The text as the rules read it; empty for null. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // NFKD splits accents off their letters (é → e + ◌́) after the compatibility mapping NFKC would make.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                continue; // invisible: joiners, marks, variation selectors
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
                if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
                    trimSpace(out);
                    out.append('\n');
                    space = true;
                } else {
                    space = !out.isEmpty() && out.charAt(out.length() - 1) != '\n';
                }
                continue;
            }
            if (space && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            space = false;
            out.append(plain(cp));
        }
        trimSpace(out);
        return out.toString();
    }

    /** The words of {@code text} once normalised: runs of letters and digits (an apostrophe kept inside). */
    public static List<String> words(String text) {
        String n = normalise(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'' && !word.isEmpty() && i + 1 < n.length()
                    && Character.isLetterOrDigit(n.charAt(i + 1))) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The singular of an English word, near enough for oil and allergen names ("almonds", "berries", "nuts"). */
    public static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String plain(int original) {
        Character upper = original <= Character.MAX_VALUE ? UPPER_CONFUSABLES.get((char) original) : null;
        if (upper != null) {
            return String.valueOf(upper);
        }
        int cp = Character.toLowerCase(original);
        Character lower = cp <= Character.MAX_VALUE ? LOWER_CONFUSABLES.get((char) cp) : null;
        if (lower != null) {
            return String.valueOf(lower);
        }
        return switch (cp) {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D -> "-";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC -> "'";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033 -> "\"";
            default -> new String(Character.toChars(cp));
        };
    }

    private static void trimSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
