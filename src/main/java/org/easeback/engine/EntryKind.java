package org.easeback.engine;

/** What a plan entry asks of the giver. */
public enum EntryKind {
    SETUP("setup"),
    OIL("oil"),
    TECHNIQUE("technique"),
    SORE_SPOT("sore-spot"),
    CHECK_IN("check-in"),
    INFO("info");

    private final String jsonName;

    EntryKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value as it appears in {@code plan --json}. */
    public String jsonName() {
        return jsonName;
    }

    /** True for hands on the back (techniques and sore-spot holds): the time check-ins are rationed against. */
    public boolean handsOn() {
        return this == TECHNIQUE || this == SORE_SPOT;
    }
}
