package org.easeback.safety;

/** The receiver's answer to "More, less, or the same pressure?", with the key that gives it. */
public enum CheckInAnswer {
    LIGHTER(1, "Lighter"),
    SAME(2, "Same"),
    FIRMER(3, "Firmer"),
    IT_HURTS(4, "It hurts");

    private final int key;
    private final String label;

    CheckInAnswer(int key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The number key (1–4) that gives this answer. */
    public int key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** How many pressure levels this answer shifts the guidance by. */
    public int pressureShift() {
        return switch (this) {
            case LIGHTER -> -1;
            case FIRMER -> 1;
            case SAME, IT_HURTS -> 0;
        };
    }
}
