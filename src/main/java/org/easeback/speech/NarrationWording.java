package org.easeback.speech;

import java.util.List;
import java.util.Locale;
import org.easeback.engine.EntryKind;
import org.easeback.engine.PlanEntry;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.SafetyAdvice;

/** What the voice says, worded once: derived from the plan, or the app's fixed words and the safety wording. */
public final class NarrationWording {

    public static final String HALFWAY = "Halfway.";
    public static final String TEN_SECONDS_LEFT = "10 seconds left.";
    /** The article's advice on pain, as the stop screen words it. */
    public static final String PAIN_STOP = SafetyAdvice.PAIN_STOP;
    /** The longest short form derived from an instruction; a trainer's {@code say} text is used whole. */
    static final int SHORT_FORM_CHARS = 160;

    private NarrationWording() {
    }

    /**
     * The phrase as an entry starts: its title (with the side, and for a hold, the spot), then the trainer's
     * {@code say} text or the first sentence of its first instruction.
     */
    public static String entryStart(PlanEntry e) {
        String head = e.title();
        boolean oneSide = e.side().filter(s -> s == Side.LEFT || s == Side.RIGHT).isPresent();
        // A hold's location already names its side.
        if (oneSide && e.kind() != EntryKind.SORE_SPOT) {
            head += ", " + e.side().get().jsonName() + " side";
        }
        StringBuilder out = new StringBuilder(sentence(head));
        String rest;
        if (e.say().isPresent()) {
            rest = e.say().get();
        } else if (e.kind() == EntryKind.SORE_SPOT && e.location().isPresent()) {
            rest = capitalised(e.location().get());
        } else {
            rest = e.instructions().isEmpty() ? "" : shortForm(e.instructions().get(0));
        }
        if (!rest.isBlank()) {
            out.append(' ').append(sentence(rest));
        }
        return out.toString();
    }

    /** "Switch sides: right side." */
    public static String switchSides(Side side) {
        return side == Side.LEFT || side == Side.RIGHT ? "Switch sides: " + side.jsonName() + " side."
                : "Switch sides.";
    }

    /** "3", "2" or "1". */
    public static String countdown(int secondsLeft) {
        return Integer.toString(secondsLeft);
    }

    /** The four answers with their keys: "1, lighter. 2, same. 3, firmer. 4, it hurts." */
    public static String checkInAnswers() {
        StringBuilder out = new StringBuilder();
        for (CheckInAnswer a : List.of(CheckInAnswer.values())) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(a.key()).append(", ").append(a.label().toLowerCase(Locale.ROOT)).append('.');
        }
        return out.toString();
    }

    /** The first sentence of {@code text}, cut at a word if it is still long. */
    static String shortForm(String text) {
        String t = text.strip();
        int end = t.length();
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ':' || c == ';') && Character.isWhitespace(t.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        String first = t.substring(0, end);
        if (first.length() <= SHORT_FORM_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', SHORT_FORM_CHARS);
        return first.substring(0, cut > 0 ? cut : SHORT_FORM_CHARS) + ".";
    }

    /** {@code text} ending with a full stop (or its own ! ? :). */
    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == ';' || last == ',') {
            return t.substring(0, t.length() - 1) + ".";
        }
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
