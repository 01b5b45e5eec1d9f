package org.easeback.cues;

import java.util.List;
import org.easeback.cues.Tone.Note;

/** The sounds the player makes, each with its own distinct tone so the giver can tell them apart without looking. */
public enum Cue {
    /** A new entry begins: two rising notes. */
    ENTRY_START(new Tone(List.of(new Note(660, 120), new Note(880, 160)), 0.5)),
    /** Half of the entry is done: one mid note. */
    HALFWAY(new Tone(List.of(new Note(740, 200)), 0.45)),
    /** Move to the other side: high-low-high. */
    SWITCH_SIDES(new Tone(List.of(new Note(880, 110), new Note(587, 110), new Note(880, 150)), 0.5)),
    /** One of the last three seconds: a short high tick. */
    FINAL_COUNT(new Tone(List.of(new Note(1047, 70)), 0.4)),
    /** Ask the receiver about the pressure: a rising major chord, played as an arpeggio. */
    CHECK_IN(new Tone(List.of(new Note(523, 150), new Note(659, 150), new Note(784, 260)), 0.5)),
    /** The optional soft pacing tick on each beat: short, low and quiet. */
    PACE_TICK(new Tone(List.of(new Note(440, 40)), 0.15));

    private final Tone tone;

    Cue(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }
}
