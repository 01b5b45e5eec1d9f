package org.easeback.cues;

/** Plays cue sounds. Implementations never block the caller and never throw: a missing sound is silence. */
public interface CuePlayer extends AutoCloseable {

    void play(Cue cue);

    /** Releases any audio resources; playing afterwards does nothing. */
    @Override
    default void close() {
    }

    /** A player that plays nothing: for tests and for machines without sound. */
    static CuePlayer silent() {
        return cue -> { };
    }
}
