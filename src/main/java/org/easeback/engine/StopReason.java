package org.easeback.engine;

/** Why a session stopped before its end. */
public enum StopReason {
    /** The pain key, or "it hurts" at a check-in: stop, and see a doctor if significant pain persists. */
    PAIN,
    /** The giver chose to stop. */
    ABANDONED
}
