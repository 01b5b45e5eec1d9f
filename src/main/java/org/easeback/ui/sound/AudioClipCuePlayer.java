package org.easeback.ui.sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.easeback.cues.Cue;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SoundStatus;
import org.easeback.cues.SoundTestResult;
import org.easeback.cues.WavEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays cues through JavaFX {@link AudioClip}s. The WAV files are synthesised and written to a temp folder on a
 * background thread, so the FX thread never does I/O; a cue asked for before its clip is ready is skipped.
 * Before any clip is made, a silent probe is played through to its end: when there is no audio device or the
 * media stack fails, it logs once, stays silent and says why in {@link #status()}, which screens show.
 */
public final class AudioClipCuePlayer implements CuePlayer {

    private static final Logger LOG = LoggerFactory.getLogger(AudioClipCuePlayer.class);
    private static final long PLAY_TIMEOUT_SECONDS = 4;

    private final Supplier<CueSettings> settings;
    private final Map<Cue, AudioClip> clips = new EnumMap<>(Cue.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "easeback-cues");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean failed = new AtomicBoolean();
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private final SoundStatus status = SoundStatus.checking();
    private final Map<Cue, Path> files = new EnumMap<>(Cue.class);
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
            for (Cue cue : Cue.values()) {
                Path file = dir.resolve(cue.name().toLowerCase(Locale.ROOT) + ".wav");
                Files.write(file, WavEncoder.wav(cue));
                file.toFile().deleteOnExit();
                synchronized (files) {
                    files.put(cue, file);
                }
            }
            folder = dir;
            // AudioClip.play() fails on its own thread, not ours, so find out now whether sound plays at all.
            String problem = playThrough(file(Cue.PACE_TICK), 0.0);
            if (!problem.isEmpty()) {
                disable(new IOException(problem));
                return;
            }
            for (Map.Entry<Cue, Path> e : files.entrySet()) {
                AudioClip clip = new AudioClip(e.getValue().toUri().toString());
                synchronized (clips) {
                    clips.put(e.getKey(), clip);
                }
            }
            ready.complete(!closed);
            status.on();
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

    @Override
    public SoundStatus status() {
        return status;
    }

    /** Plays each cue once through a media player at the current volume and waits for it to end or fail. */
    @Override
    public CompletableFuture<List<SoundTestResult>> testEachCue() {
        CompletableFuture<List<SoundTestResult>> result = new CompletableFuture<>();
        worker.execute(() -> {
            List<SoundTestResult> out = new ArrayList<>();
            double volume = Math.max(0.05, settings.get().volume());
            for (Cue cue : Cue.values()) {
                Path f = file(cue);
                String problem = f == null ? "the sound files could not be made" : playThrough(f, volume);
                out.add(new SoundTestResult(cue, problem.isEmpty(), problem));
            }
            if (out.stream().anyMatch(SoundTestResult::played)) {
                status.on();
            }
            result.complete(out);
        });
        return result;
    }

    private Path file(Cue cue) {
        synchronized (files) {
            return files.get(cue);
        }
    }

    /** Plays {@code file} to its end (worker thread); the problem in words, or empty when it played. */
    private static String playThrough(Path file, double volume) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        MediaPlayer player;
        try {
            player = new MediaPlayer(new Media(file.toUri().toString()));
        } catch (RuntimeException | LinkageError e) {
            return describe(e);
        }
        player.setVolume(volume);
        player.setOnEndOfMedia(() -> outcome.complete(""));
        player.setOnError(() -> outcome.complete(describe(player.getError())));
        player.setOnHalted(() -> outcome.complete("the audio system halted"));
        try {
            player.play();
            return outcome.get(PLAY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "no sound came out within " + PLAY_TIMEOUT_SECONDS + " s";
        } catch (ExecutionException | RuntimeException e) {
            return describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the check was interrupted";
        } finally {
            player.dispose();
        }
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "the audio system failed";
        }
        String m = e.getMessage();
        // "com.sun.media.jfxmedia.MediaException: Could not create player!" reads as "Could not create player!"
        return m == null || m.isBlank() ? e.getClass().getSimpleName()
                : m.strip().replaceFirst("^([\\w$]+\\.)+[\\w$]+: ", "");
    }

    private void disable(Throwable cause) {
        status.off(describe(cause));
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
