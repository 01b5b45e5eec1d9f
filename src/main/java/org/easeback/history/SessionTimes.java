package org.easeback.history;

import java.time.Duration;

/** How a session's times are shown everywhere (summary, history, CSV): whole seconds, rounded to the nearest. */
public final class SessionTimes {

    private SessionTimes() {
    }

    /** {@code d} in whole seconds, rounded half up, so "3 min 27 s" and "207" always agree. */
    public static long seconds(Duration d) {
        return (d.toMillis() + 500) / 1000;
    }

    /** "3 min 27 s", "45 s", "1 h 02 min"; from {@link #seconds}. */
    public static String words(Duration d) {
        long s = seconds(d);
        if (s >= 3600) {
            return s / 3600 + " h " + String.format("%02d", s % 3600 / 60) + " min";
        }
        if (s >= 60) {
            return s / 60 + " min " + (s % 60) + " s";
        }
        return s + " s";
    }
}
