package org.easeback.ui.sound;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays rendered phrases through JavaFX {@link AudioClip}s. Loading a clip reads its file, so every call is handed
 * to one daemon thread of its own: neither the engine's thread nor the FX thread ever waits for it. The first
 * phrase is checked with a {@link Media} (AudioClip fails silently on its own thread); when media cannot play, the
 * output stays silent and says why once, through {@link #failure()} and the failure listener.
 */
public final class AudioClipSpeechOutput implements SystemVoice.Playback, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipSpeechOutput.class);
    /** A session's phrases; the least recently played clip goes first beyond this. */
    private static final int MAX_CLIPS = 256;

    /** How a phrase is started: the real one plays an AudioClip; tests count the calls. */
    @FunctionalInterface
    interface Clips {
        /** Loads {@code wav} (blocking: runs on the output's thread) and returns what plays it at a volume. */
        Consumer<Double> load(Path wav);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "easeback-speech-out");
        t.setDaemon(true);
        return t;
    });
    private final Clips clips;
    private final Map<Path, Consumer<Double>> loaded = new LinkedHashMap<>(16, 0.75f, true);
    private volatile String failure;
    private volatile Consumer<String> onFailure = reason -> { };
    private volatile boolean closed;

    /** Plays through JavaFX media; the FX toolkit must be running. */
    public AudioClipSpeechOutput() {
        this(AudioClipSpeechOutput::audioClip);
    }

    AudioClipSpeechOutput(Clips clips) {
        this.clips = Objects.requireNonNull(clips);
    }

    private static volatile boolean mediaChecked;

    private static Consumer<Double> audioClip(Path wav) {
        String uri = wav.toUri().toString();
        Media media = new Media(uri); // throws MediaException now if the file cannot play
        if (!mediaChecked) {
            // AudioClip fails in silence without an audio device; a player says so ("Could not create player!").
            new MediaPlayer(media).dispose();
            mediaChecked = true;
        }
        AudioClip clip = new AudioClip(uri);
        return clip::play;
    }

    @Override
    public void play(Path wav, double volume) {
        if (wav == null) {
            return;
        }
        LOG.debug("Phrase {}{}", wav.getFileName(), failure != null ? " (not played: " + failure + ")" : "");
        if (closed || failure != null) {
            return;
        }
        double v = Double.isFinite(volume) ? Math.max(0, Math.min(1, volume)) : 1;
        try {
            worker.execute(() -> playNow(wav, v));
        } catch (RejectedExecutionException e) {
            LOG.debug("Speech output closed; phrase dropped");
        }
    }

    @Override
    public CompletableFuture<Optional<String>> tryPlay(Path wav, double volume) {
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                playNow(wav, volume);
                done.complete(Optional.ofNullable(failure));
            });
        } catch (RejectedExecutionException e) {
            done.complete(Optional.of("The voice is closed."));
        }
        return done;
    }

    private void playNow(Path wav, double volume) {
        if (closed || failure != null) {
            return;
        }
        try {
            Consumer<Double> clip = loaded.computeIfAbsent(wav, clips::load);
            if (loaded.size() > MAX_CLIPS) {
                Path eldest = loaded.keySet().iterator().next();
                loaded.remove(eldest);
            }
            clip.accept(volume);
        } catch (RuntimeException | LinkageError e) {
            fail(e);
        }
    }

    private void fail(Throwable cause) {
        String reason = "The voice cannot play: the audio system is not available (" + cause.getMessage()
                + "). The session carries on with text and tones.";
        failure = reason;
        LOG.warn("Speech is off: {}", reason);
        onFailure.accept(reason);
    }

    /** Why phrases cannot play, once that is known; empty while they can (or none has been tried yet). */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Called once, on the output's thread, when phrases turn out not to play. */
    public void onFailure(Consumer<String> listener) {
        this.onFailure = Objects.requireNonNull(listener);
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
    }
}
