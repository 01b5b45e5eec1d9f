package org.easeback.routine;

/** Whether a routine or technique may be guided at home or needs a trained professional. */
public enum Level {
    HOME("home"),
    PROFESSIONAL("professional");

    private final String jsonName;

    Level(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value as it appears in routine files. */
    public String jsonName() {
        return jsonName;
    }
}
