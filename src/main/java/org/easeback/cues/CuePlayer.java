package org.easeback.cues;

/** Plays cue sounds. Implementations never block the caller and never throw: a missing sound is silence. */
public interface CuePlayer extends AutoCloseable {

    void play(Cue cue);

    /** Whether cues can be heard; a player that needs no device is always on. */
    default SoundStatus status() {
        return SoundStatus.alwaysOn();
    }

    /**
     * Plays every cue once, one after the other, and says for each whether it played. A player that cannot check
     * says none did.
     */
    default java.util.concurrent.CompletableFuture<java.util.List<SoundTestResult>> testEachCue() {
        return java.util.concurrent.CompletableFuture.completedFuture(java.util.Arrays.stream(Cue.values())
                .map(c -> new SoundTestResult(c, false, "this player cannot check its sound")).toList());
    }

    /** Releases any audio resources; playing afterwards does nothing. */
    @Override
    default void close() {
    }

    /** A player that plays nothing: for tests and for machines without sound. */
    static CuePlayer silent() {
        return cue -> { };
    }
}
