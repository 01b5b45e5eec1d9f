package org.easeback.ui.sound;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A playback for tests: records each file it is asked to play, and fails with a given reason when told to. */
public final class RecordingPlayback implements SystemVoice.Playback {

    private final List<Path> played = Collections.synchronizedList(new ArrayList<>());
    private volatile String failure;

    /** From now on every play fails with {@code reason}. */
    public RecordingPlayback failing(String reason) {
        this.failure = reason;
        return this;
    }

    public List<Path> played() {
        return List.copyOf(played);
    }

    @Override
    public void play(Path wav, double volume) {
        if (failure == null) {
            played.add(wav);
        }
    }

    @Override
    public CompletableFuture<Optional<String>> tryPlay(Path wav, double volume) {
        play(wav, volume);
        return CompletableFuture.completedFuture(Optional.ofNullable(failure));
    }
}
