package org.easeback.engine;

/** How one visit to a plan entry ended. */
public enum EntryEnding {
    /** A timed entry ran to its end. */
    COMPLETED,
    /** Done was pressed on an open step. */
    DONE,
    /** A check-in was answered (other than "it hurts", which stops the session). */
    ANSWERED,
    /** Next was pressed before the entry's end. */
    SKIPPED,
    /** Back was pressed: the previous entry starts again. */
    BACK,
    /** The entry was restarted from its beginning. */
    RESTARTED,
    /** The session stopped in it (the giver, or pain). */
    STOPPED;

    /** True when the entry counts as done: it ran to its end, or Done was pressed, or it was answered. */
    public boolean done() {
        return this == COMPLETED || this == DONE || this == ANSWERED;
    }

    /** The name used in journals. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
