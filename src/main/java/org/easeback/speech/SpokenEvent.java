package org.easeback.speech;

/** The moments the voice speaks at; each can be turned off in Settings. */
public enum SpokenEvent {
    /** An entry starts: its title and a short form of what to do. */
    ENTRY_START,
    /** The second side of a pair starts: "Switch sides". */
    SWITCH_SIDES,
    /** Half of a long hands-on entry has passed. */
    HALFWAY,
    /** Ten seconds remain in a long entry. */
    TEN_SECONDS_LEFT,
    /** "3", "2", "1": where the countdown tones play. */
    COUNTDOWN,
    /** A check-in: the question, then its four answers. */
    CHECK_IN,
    /** A pain stop: the article's advice. Always spoken while the voice is on. */
    PAIN_STOP
}
