package org.easeback.engine;

/** Thrown by {@link PlanResult#orElseThrow()}; its message is a user-facing sentence. */
public final class PlanRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanRefusedException(String reason) {
        super(reason);
    }
}
