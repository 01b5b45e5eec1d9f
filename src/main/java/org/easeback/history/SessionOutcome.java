package org.easeback.history;

/** How a session ended. */
public enum SessionOutcome {
    /** Every entry was done. */
    COMPLETED("completed"),
    /** It reached the end, but some entries were skipped. */
    COMPLETED_WITH_SKIPS("completed with skips"),
    /** Stopped because it hurt. */
    STOPPED_FOR_PAIN("stopped for pain"),
    /** Stopped by the giver before the end. */
    STOPPED("stopped"),
    /** Left unfinished by a crash or a close and then closed without resuming. */
    ABANDONED("abandoned"),
    /** No end yet: running now, or waiting to be resumed or closed. */
    UNFINISHED("unfinished");

    private final String label;

    SessionOutcome(String label) {
        this.label = label;
    }

    /** The outcome in words, for lists and exports. */
    public String label() {
        return label;
    }
}
