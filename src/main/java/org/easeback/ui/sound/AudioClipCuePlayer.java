package org.easeback.ui.sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.easeback.cues.Cue;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.cues.WavEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays cues through JavaFX {@link AudioClip}s. The WAV files are synthesised and written to a temp folder on a
 * background thread, so the FX thread never does I/O; a cue asked for before its clip is ready is skipped.
 * Before any clip is made, a probe player checks that media works: when there is no audio device or the media
 * stack fails, it logs once and stays silent.
 */
public final class AudioClipCuePlayer implements CuePlayer {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipCuePlayer.class);

    private final Supplier<CueSettings> settings;
    private final Map<Cue, AudioClip> clips = new EnumMap<>(Cue.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "easeback-cues");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean failed = new AtomicBoolean();
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile Path folder;

    /** Starts preparing the clips in the background; {@code settings} is read on every play, so changes apply at once. */
    public AudioClipCuePlayer(Supplier<CueSettings> settings) {
        this.settings = settings;
        worker.execute(this::prepare);
    }

    private void prepare() {
        try {
            Path dir = Files.createTempDirectory("easeback-cues");
            dir.toFile().deleteOnExit();
            Map<Cue, Path> files = new EnumMap<>(Cue.class);
            for (Cue cue : Cue.values()) {
                Path file = dir.resolve(cue.name().toLowerCase(Locale.ROOT) + ".wav");
                Files.write(file, WavEncoder.wav(cue));
                file.toFile().deleteOnExit();
                files.put(cue, file);
            }
            folder = dir;
            // AudioClip.play() fails on its own thread, not ours, so find out now whether media works at all.
            MediaPlayer probe = new MediaPlayer(new Media(files.get(Cue.PACE_TICK).toUri().toString()));
            probe.dispose();
            for (Map.Entry<Cue, Path> e : files.entrySet()) {
                AudioClip clip = new AudioClip(e.getValue().toUri().toString());
                synchronized (clips) {
                    clips.put(e.getKey(), clip);
                }
            }
            ready.complete(!closed);
        } catch (IOException | RuntimeException | LinkageError e) {
            disable(e);
        }
    }

    /** Completes once the clips are prepared: true if cues will sound, false if the player stays silent. */
    public CompletableFuture<Boolean> ready() {
        return ready;
    }

    @Override
    public void play(Cue cue) {
        if (closed || failed.get()) {
            return;
        }
        CueSettings now = settings.get();
        if (now.muted() || now.volume() <= 0) {
            return;
        }
        AudioClip clip;
        synchronized (clips) {
            clip = clips.get(cue);
        }
        if (clip == null) {
            return;
        }
        try {
            clip.play(now.volume());
        } catch (RuntimeException | LinkageError e) {
            disable(e);
        }
    }

    private void disable(Throwable cause) {
        ready.complete(false);
        if (failed.compareAndSet(false, true)) {
            LOG.warn("Sound cues are off: the audio system is not available ({}). The session carries on silently.",
                    cause.toString());
        }
    }

    /** The folder the WAV files were written to, once prepared; for diagnostics. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        closed = true;
        ready.complete(false);
        worker.shutdownNow();
        synchronized (clips) {
            clips.values().forEach(c -> {
                try {
                    c.stop();
                } catch (RuntimeException e) {
                    LOG.debug("Could not stop a clip", e);
                }
            });
            clips.clear();
        }
    }
}
