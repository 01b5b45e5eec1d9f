package org.easeback.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.easeback.safety.BackMap;

/**
 * What makes a receiver storable, as sentences for the editor: a usable name, the loader's limits, and no sore
 * spot on the spine or a bone.
 */
public final class ReceiverRules {

    /** Longest receiver name. */
    public static final int MAX_NAME = ReceiverLoader.MAX_NAME_CHARS;
    /** Longest oil or sensitivity. */
    public static final int MAX_TEXT = ReceiverLoader.MAX_OIL_CHARS;
    /** Longest sore-spot note. */
    public static final int MAX_NOTE = ReceiverLoader.MAX_NOTE_CHARS;
    /** Most oils or sensitivities a receiver can have. */
    public static final int MAX_ITEMS = ReceiverLoader.MAX_OILS;
    /** Most sore spots a receiver can have. */
    public static final int MAX_SPOTS = ReceiverLoader.MAX_SORE_SPOTS;

    private ReceiverRules() {
    }

    /** Every problem with {@code receiver}, as sentences; empty if it may be stored. */
    public static List<String> problems(Receiver receiver) {
        List<String> problems = new ArrayList<>();
        String name = receiver.name();
        if (name == null || name.isBlank()) {
            problems.add("The receiver has no name. Give them a name, such as \"Sam\".");
        } else if (name.length() > MAX_NAME) {
            problems.add("The name \"" + name.substring(0, 20) + "…\" is too long. Use at most " + MAX_NAME
                    + " characters.");
        } else if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
            problems.add("The name \"" + name.strip() + "\" has spaces at its ends or control characters. "
                    + "Remove them.");
        }
        checkText(problems, "The carrier oil", List.of(receiver.carrierOil()));
        checkList(problems, "essential oils", receiver.essentialOils());
        checkList(problems, "sensitivities", receiver.sensitivities());
        if (receiver.soreSpots().size() > MAX_SPOTS) {
            problems.add("There are more than " + MAX_SPOTS + " sore spots. Keep the ones that matter most.");
        }
        for (int i = 0; i < receiver.soreSpots().size(); i++) {
            SoreSpot spot = receiver.soreSpots().get(i);
            String where = String.format(Locale.ROOT, "Sore spot %d (x %.2f, y %.2f)", i + 1, spot.x(), spot.y());
            if (!Double.isFinite(spot.x()) || !Double.isFinite(spot.y())) {
                problems.add(where + " is not a point on the map. Place it again.");
                continue;
            }
            BackMap.refusal(spot.point()).ifPresent(why -> problems.add(where + ": " + why));
            if (spot.note().length() > MAX_NOTE) {
                problems.add(where + " has a note longer than " + MAX_NOTE + " characters. Shorten it.");
            }
        }
        return problems;
    }

    private static void checkList(List<String> problems, String what, List<String> items) {
        if (items.size() > MAX_ITEMS) {
            problems.add("There are more than " + MAX_ITEMS + " " + what + ". Keep the ones that matter most.");
        }
        checkText(problems, "One of the " + what, items);
    }

    private static void checkText(List<String> problems, String what, List<String> items) {
        for (String item : items) {
            if (item == null || item.length() > MAX_TEXT) {
                problems.add(what + " is missing or longer than " + MAX_TEXT + " characters. Shorten it.");
                return;
            }
        }
    }
}
