package org.easeback.cues;

/** Turns a {@link Tone} into 16-bit mono PCM samples: sine notes with short fades so nothing clicks. */
public final class ToneSynthesizer {

    /** Samples per second of every synthesised cue. */
    public static final int SAMPLE_RATE = 44_100;

    /** Fade-in and fade-out at each note's edges; long enough to avoid clicks, short enough to stay crisp. */
    private static final double FADE_SECONDS = 0.006;

    private ToneSynthesizer() {
    }

    /** The tone's samples, one per 1/{@link #SAMPLE_RATE} s. */
    public static short[] samples(Tone tone) {
        int total = 0;
        for (Tone.Note note : tone.notes()) {
            total += sampleCount(note);
        }
        short[] out = new short[total];
        int offset = 0;
        for (Tone.Note note : tone.notes()) {
            offset = writeNote(note, tone.amplitude(), out, offset);
        }
        return out;
    }

    private static int sampleCount(Tone.Note note) {
        return (int) Math.round(note.millis() * (SAMPLE_RATE / 1000.0));
    }

    private static int writeNote(Tone.Note note, double amplitude, short[] out, int offset) {
        int count = sampleCount(note);
        int fade = Math.max(1, Math.min(count / 2, (int) Math.round(FADE_SECONDS * SAMPLE_RATE)));
        for (int i = 0; i < count; i++) {
            double t = (double) i / SAMPLE_RATE;
            // A gentle decay over the note makes it sound like a chime rather than a buzzer.
            double decay = Math.exp(-2.0 * i / count);
            double edge = Math.min(1.0, Math.min((double) i / fade, (double) (count - 1 - i) / fade));
            double value = amplitude * decay * edge * Math.sin(2 * Math.PI * note.hertz() * t);
            out[offset + i] = (short) Math.round(value * Short.MAX_VALUE);
        }
        return offset + count;
    }
}
