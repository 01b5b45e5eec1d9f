package org.easeback.profile;

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

    public ReceiverStoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
