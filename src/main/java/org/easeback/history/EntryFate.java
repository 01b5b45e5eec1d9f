package org.easeback.history;

/** What became of one plan entry in a session. */
public enum EntryFate {
    /** It ran to its end, Done was pressed, or (a check-in) it was answered. */
    DONE("done"),
    /** Next was pressed before its end, or Back left it and it was not reached again. */
    SKIPPED("skipped"),
    /** The session stopped, or the app closed, while it ran. */
    STOPPED("stopped during"),
    /** The session never got to it. */
    NOT_REACHED("not reached");

    private final String label;

    EntryFate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
