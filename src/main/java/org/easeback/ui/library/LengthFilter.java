package org.easeback.ui.library;

/** The library's length filter: buckets of total running time. */
public enum LengthFilter {
    ANY("Any length", 0, Integer.MAX_VALUE),
    SHORT("Up to 15 min", 0, 15 * 60),
    MEDIUM("15 to 30 min", 15 * 60 + 1, 30 * 60),
    LONG("Over 30 min", 30 * 60 + 1, Integer.MAX_VALUE);

    private final String label;
    private final int minSeconds;
    private final int maxSeconds;

    LengthFilter(String label, int minSeconds, int maxSeconds) {
        this.label = label;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    public String label() {
        return label;
    }

    boolean admits(int totalSeconds) {
        return totalSeconds >= minSeconds && totalSeconds <= maxSeconds;
    }

    @Override
    public String toString() {
        return label;
    }
}
