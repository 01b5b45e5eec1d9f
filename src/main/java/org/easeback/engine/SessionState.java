package org.easeback.engine;

/** Where a session is. Only FINISHED, STOPPED_FOR_SAFETY and ABANDONED are final. */
public enum SessionState {
    /** Compiled and waiting for start. */
    READY,
    /** A timed entry is running. */
    RUNNING,
    /** Held by the giver; nothing moves until resume. */
    PAUSED,
    /** An open step waits for the giver to say Done. */
    AWAITING_DONE,
    /** A check-in waits for the receiver's answer; it never continues on its own. */
    CHECKING_IN,
    /** Every entry ran. */
    FINISHED,
    /** Stopped at pain (the pain key or an "it hurts" answer). */
    STOPPED_FOR_SAFETY,
    /** Stopped by the giver before the end. */
    ABANDONED;

    /** True once the session can no longer move. */
    public boolean isFinal() {
        return this == FINISHED || this == STOPPED_FOR_SAFETY || this == ABANDONED;
    }
}
