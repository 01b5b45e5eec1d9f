package org.easeback.ui.player;

/** Which screen the player shows: the running session, the safety stop advice, or the summary. */
public enum PlayerPhase {
    SESSION,
    SAFETY_STOP,
    SUMMARY
}
