package org.easeback.routine;

/** Who a routine is for: a giver massaging a receiver, or one person massaging themself. */
public enum Audience {
    PARTNER("partner"),
    SELF("self");

    private final String jsonName;

    Audience(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value as it appears in routine files. */
    public String jsonName() {
        return jsonName;
    }
}
