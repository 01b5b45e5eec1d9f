package org.easeback.cues;

import java.util.List;

/**
 * The recipe for one cue sound: a sequence of notes played one after the other at a given loudness.
 *
 * @param notes     the notes in order; at least one
 * @param amplitude peak loudness from 0 (silent) to 1 (full scale)
 */
public record Tone(List<Note> notes, double amplitude) {

    /** One sine note: its pitch and how long it lasts. */
    public record Note(double hertz, int millis) {
        public Note {
            if (hertz <= 0 || millis <= 0) {
                throw new IllegalArgumentException("A note needs a positive pitch and length");
            }
        }
    }

    public Tone {
        notes = List.copyOf(notes);
        if (notes.isEmpty()) {
            throw new IllegalArgumentException("A tone needs at least one note");
        }
        if (amplitude <= 0 || amplitude > 1) {
            throw new IllegalArgumentException("Amplitude must be in (0, 1]");
        }
    }

    /** The whole tone's length. */
    public int millis() {
        return notes.stream().mapToInt(Note::millis).sum();
    }
}
