package org.easeback.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An engine that is an external program: probed once, then run once a phrase, each run time-limited. */
abstract class ProcessSpeechEngine implements SpeechEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessSpeechEngine.class);
    /** A cold PowerShell takes a few seconds to start; nothing sane takes longer. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(8);
    /** A phrase of at most {@link SpokenText#MAX_CHARS} characters renders in well under a second here. */
    static final Duration RENDER_TIMEOUT = Duration.ofSeconds(20);

    protected final ProcessRunner runner;
    private EngineStatus status;

    ProcessSpeechEngine(ProcessRunner runner) {
        this.runner = runner;
    }

    /** Finds out whether the engine is there and works, and lists its voices. */
    abstract EngineStatus probe();

    /** The program and arguments that write {@code text} to {@code wav}; the text is always one argument. */
    abstract List<String> renderCommand(String text, SpeechStyle style, Path wav);

    /** Extra environment for a render (Windows passes the text this way, never inside a script). */
    Map<String, String> renderEnvironment(String text, SpeechStyle style, Path wav) {
        return Map.of();
    }

    @Override
    public final synchronized EngineStatus status() {
        if (status == null) {
            status = probe();
            LOG.info("Speech engine {}: {}", id(), status.available() ? "available, " + status.voices().size()
                    + " voices" : status.reason());
        }
        return status;
    }

    @Override
    public final void render(String text, SpeechStyle style, Path wav) throws SpeechException {
        EngineStatus s = status();
        if (!s.available()) {
            throw new SpeechException(s.reason());
        }
        String spoken = SpokenText.forEngine(text);
        if (spoken.isBlank()) {
            throw new SpeechException("There is nothing to say: the phrase is empty.");
        }
        Path target = wav.toAbsolutePath();
        ProcessRunner.Outcome outcome;
        try {
            outcome = runner.run(renderCommand(spoken, style, target), renderEnvironment(spoken, style, target),
                    RENDER_TIMEOUT);
        } catch (IOException e) {
            throw new SpeechException(s.name() + " could not be started (" + e.getMessage() + ").", e);
        }
        if (outcome.timedOut()) {
            throw new SpeechException(s.name() + " took more than " + RENDER_TIMEOUT.toSeconds()
                    + " s to render a phrase and was stopped.");
        }
        if (outcome.exitCode() != 0) {
            throw new SpeechException(s.name() + " failed (exit " + outcome.exitCode() + ": "
                    + outcome.firstLine() + ").");
        }
        WavCheck.check(target);
    }

    /** Runs a probe command; empty if the program is missing, hangs or fails, with the reason in {@code why}. */
    final ProbeRun probeRun(List<String> command, Map<String, String> environment) {
        try {
            ProcessRunner.Outcome o = runner.run(command, environment, PROBE_TIMEOUT);
            if (o.timedOut()) {
                return new ProbeRun(null, "did not answer within " + PROBE_TIMEOUT.toSeconds() + " s");
            }
            if (o.exitCode() != 0) {
                return new ProbeRun(null, "failed (exit " + o.exitCode() + ": " + o.firstLine() + ")");
            }
            return new ProbeRun(o, "");
        } catch (IOException e) {
            return new ProbeRun(null, "is not installed");
        }
    }

    /** A probe's outcome, or why there is none. */
    record ProbeRun(ProcessRunner.Outcome outcome, String failure) {
        boolean ok() {
            return outcome != null;
        }
    }
}
