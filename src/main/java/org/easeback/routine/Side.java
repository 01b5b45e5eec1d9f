package org.easeback.routine;

/** Which side of the back a technique step works; EACH runs the step once per side, left then right. */
public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both"),
    EACH("each");

    private final String jsonName;

    Side(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value as it appears in routine files and plans. */
    public String jsonName() {
        return jsonName;
    }
}
