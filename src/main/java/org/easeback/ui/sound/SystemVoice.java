package org.easeback.ui.sound;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.easeback.cues.Cue;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.SoundStatus;
import org.easeback.engine.Plan;
import org.easeback.speech.CachedPhrase;
import org.easeback.speech.EngineStatus;
import org.easeback.speech.Narration;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.PhraseRenderer;
import org.easeback.speech.RenderedNarration;
import org.easeback.speech.SessionNarrator;
import org.easeback.speech.SilentSpeechEngine;
import org.easeback.speech.SpeechEngine;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechException;
import org.easeback.speech.SpeechOutput;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechTurns;
import org.easeback.ui.kit.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computer's voice in the app: the engine found by probing (in the background), the phrase cache, the output
 * that plays phrases and the turns it takes with the tones. It renders a plan's phrases ahead, builds the narrator
 * of each session, and speaks a sample for "Test voice". All waiting happens on the background worker.
 */
public final class SystemVoice {

    /** What "Test voice" says: calm, and long enough to judge the rate. */
    public static final String SAMPLE = "Warm the oil in your hands, then stroke slowly up both sides of the spine.";
    private static final Logger LOG = LoggerFactory.getLogger(SystemVoice.class);
    private static final long WAIT_SECONDS = 30;

    /** The speech port with a way to learn whether a phrase could start (for "Test voice"). */
    public interface Playback extends SpeechOutput {

        /** Plays {@code wav}; completes with the reason it could not play, or empty if it started. */
        CompletableFuture<Optional<String>> tryPlay(Path wav, double volume);

        /** Plays nothing and says so. */
        static Playback silent() {
            return new Playback() {
                @Override
                public void play(Path wav, double volume) {
                }

                @Override
                public CompletableFuture<Optional<String>> tryPlay(Path wav, double volume) {
                    return CompletableFuture.completedFuture(Optional.of("This window has no sound output."));
                }
            };
        }
    }

    /** What "Test voice" found: whether it spoke, in a sentence either way. */
    public record TestResult(boolean spoke, String message) {
    }

    private final BackgroundTasks tasks;
    private final CompletableFuture<SpeechEngine> engine = new CompletableFuture<>();
    private final ReadOnlyObjectWrapper<EngineStatus> status = new ReadOnlyObjectWrapper<>();
    private final PhraseCache cache;
    private final Playback output;
    private final SpeechTurns turns;

    /**
     * Starts probing at once, with {@code tasks}; {@link #statusProperty()} is null until the probe answers.
     *
     * @param probe finds the engine (slow: runs on the worker), e.g. {@code () -> SpeechEngines.probe().engine()}
     */
    public SystemVoice(BackgroundTasks tasks, Supplier<SpeechEngine> probe, PhraseCache cache, Playback output,
                       SpeechTurns turns) {
        this.tasks = Objects.requireNonNull(tasks);
        this.cache = Objects.requireNonNull(cache);
        this.output = Objects.requireNonNull(output);
        this.turns = Objects.requireNonNull(turns);
        tasks.run(() -> {
            SpeechEngine found = probe.get();
            EngineStatus s = found.status();
            engine.complete(found);
            return s;
        }, found -> {
            LOG.info("Speech engine: {}{}", found.name(), found.available() ? "" : " (" + found.reason() + ")");
            status.set(found);
        }, e -> {
            SilentSpeechEngine none = new SilentSpeechEngine(SpeechEngines.NONE_FOUND);
            engine.complete(none);
            status.set(none.status());
        });
    }

    /** No voice at all (tests, the screenshot tour): says that no engine was found. */
    public static SystemVoice none(BackgroundTasks tasks) {
        return new SystemVoice(tasks, () -> new SilentSpeechEngine(SpeechEngines.NONE_FOUND),
                new PhraseCache(Path.of(System.getProperty("java.io.tmpdir"), "easeback-no-speech"), 1),
                Playback.silent(), SpeechTurns.system());
    }

    /** The engine found, once the probe has answered (FX thread); null while probing. */
    public ReadOnlyObjectProperty<EngineStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Renders every phrase of {@code plan} into the cache now, on the calling thread, which must be a background
     * worker (the planner's); a session of the plan then finds them all ready. Does nothing with the voice off.
     */
    public RenderedNarration renderNow(Plan plan, SpeechSettings settings) {
        if (!settings.enabled()) {
            return RenderedNarration.NONE;
        }
        try {
            SpeechEngine e = engine.get(WAIT_SECONDS, TimeUnit.SECONDS);
            RenderedNarration rendered = new PhraseRenderer(e, cache).render(Narration.of(plan), settings.style());
            if (!rendered.failures().isEmpty() && e.status().available()) {
                LOG.warn("{} phrase(s) of {} could not be rendered; they stay silent", rendered.failures().size(),
                        plan.routineId());
            }
            return rendered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RenderedNarration.NONE;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("No speech engine answered in time; this session is silent");
            return RenderedNarration.NONE;
        }
    }

    /** {@link #renderNow} on the background worker, from any thread: the session that follows finds them ready. */
    public void prepare(Plan plan, SpeechSettings settings) {
        if (settings.enabled()) {
            tasks.run(() -> renderNow(plan, settings), r -> { },
                    e -> LOG.warn("The phrases of {} could not be rendered: {}", plan.routineId(), e.toString()));
        }
    }

    /**
     * The narrator of a session of {@code plan}: it speaks as soon as the phrases are ready (they are rendered on
     * the worker now, mostly from the cache), reading {@code settings} on every event so changes apply at once.
     */
    public SessionNarrator narrator(Plan plan, Supplier<SpeechSettings> settings) {
        return narrator(plan, settings, () -> { });
    }

    /**
     * {@link #narrator(Plan, Supplier)}, calling {@code ready} on the FX thread once its phrases are in place (or
     * could not be rendered; at once with the voice off), so the session can start with its first words ready.
     */
    public SessionNarrator narrator(Plan plan, Supplier<SpeechSettings> settings, Runnable ready) {
        SessionNarrator narrator = new SessionNarrator(RenderedNarration.NONE, output, turns, settings);
        SpeechSettings now = settings.get();
        if (now.enabled()) {
            tasks.run(() -> renderNow(plan, now), rendered -> {
                narrator.use(rendered);
                ready.run();
            }, e -> {
                LOG.warn("The phrases of {} could not be rendered: {}", plan.routineId(), e.toString());
                ready.run();
            });
        } else {
            ready.run();
        }
        return narrator;
    }

    /** {@code cues}, made to take turns with the voice: a tone waits for the phrase, or gives way if it means "now". */
    public CuePlayer takingTurns(CuePlayer cues) {
        Consumer<Cue> gated = turns.tones(cues::play, c -> c == Cue.PACE_TICK || c == Cue.FINAL_COUNT);
        return new CuePlayer() {
            @Override
            public void play(Cue cue) {
                gated.accept(cue);
            }

            @Override
            public SoundStatus status() {
                return cues.status();
            }

            @Override
            public CompletableFuture<java.util.List<org.easeback.cues.SoundTestResult>> testEachCue() {
                return cues.testEachCue();
            }
        };
    }

    /** Speaks {@link #SAMPLE} in {@code settings}' voice, rate and volume, then says whether it could (FX thread). */
    public void test(SpeechSettings settings, Consumer<TestResult> done) {
        tasks.run(() -> {
            SpeechEngine e = engine.get(WAIT_SECONDS, TimeUnit.SECONDS);
            EngineStatus s = e.status();
            if (!s.available()) {
                return new TestResult(false, s.reason());
            }
            CachedPhrase phrase;
            try {
                phrase = cache.phrase(e, settings.style(), SAMPLE);
            } catch (SpeechException ex) {
                return new TestResult(false, "The voice test failed: " + ex.getMessage());
            }
            Optional<String> problem = output.tryPlay(phrase.wav(), settings.volume())
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            return problem.map(p -> new TestResult(false, p))
                    .orElseGet(() -> new TestResult(true, "Speaking with " + s.name() + ". If you heard nothing, "
                            + "check the system volume and the speakers."));
        }, done, e -> done.accept(new TestResult(false, "The voice test failed (" + e.getMessage()
                + "). Check that the speech engine is installed.")));
    }
}
