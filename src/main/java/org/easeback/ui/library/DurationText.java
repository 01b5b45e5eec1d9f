package org.easeback.ui.library;

/** Formats running times for cards in whole minutes, to the nearest minute. */
public final class DurationText {

    private DurationText() {
    }

    /** For example 125 → "2 min", 150 → "3 min"; under a minute → "under 1 min"; 0 → "untimed". */
    public static String minutes(int seconds) {
        if (seconds <= 0) {
            return "untimed";
        }
        if (seconds < 60) {
            return "under 1 min";
        }
        return Math.round(seconds / 60.0) + " min";
    }
}
