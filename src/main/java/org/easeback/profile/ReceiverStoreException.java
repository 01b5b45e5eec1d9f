package org.easeback.profile;

import java.util.List;

/** A receiver operation that was refused; the message says why and what to do. */
public final class ReceiverStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why it was refused. */
    public enum Reason {
        /** The receiver or the file is not valid. */
        INVALID,
        /** Another receiver already has that name. */
        NAME_TAKEN,
        /** No receiver has that name (any more). */
        NOT_FOUND,
        /** The receiver was changed by another window or command since it was read. */
        CHANGED_ELSEWHERE
    }

    private final Reason reason;
    private final List<String> problems;

    public ReceiverStoreException(Reason reason, String message) {
        this(reason, List.of(message));
    }

    /** A refusal for several problems; the message has one a line. */
    public ReceiverStoreException(Reason reason, List<String> problems) {
        super(String.join("\n", problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    /**
     * Each problem as one sentence. A problem may quote a value that holds a newline, so splitting the message at
     * newlines is not the same: printers use this list.
     */
    public List<String> problems() {
        return problems;
    }

    public Reason reason() {
        return reason;
    }
}
