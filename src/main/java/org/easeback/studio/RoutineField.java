package org.easeback.studio;

/** A routine-level field the studio edits as text, with its name in the file. */
public enum RoutineField {
    ID("id"),
    TITLE("title"),
    SUMMARY("summary"),
    AUTHOR("author"),
    LANGUAGE("language"),
    AUDIENCE("audience"),
    LEVEL("level"),
    /** One item a line. */
    EQUIPMENT("equipment"),
    /** Written inside {@code "safety"}. */
    CHECK_IN_EVERY_SECONDS("checkInEverySeconds");

    private final String jsonName;

    RoutineField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The key in the routine file. */
    public String jsonName() {
        return jsonName;
    }

    /** The field whose key is {@code name}, if any. */
    public static java.util.Optional<RoutineField> fromJson(String name) {
        for (RoutineField f : values()) {
            if (f.jsonName.equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
