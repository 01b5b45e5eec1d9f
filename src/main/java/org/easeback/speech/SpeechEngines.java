package org.easeback.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the speech engine by probing, in the order that suits the operating system: the system's own voice first
 * (macOS say, Windows SAPI), then eSpeak NG; the silent engine when none answers. Each probe is time-limited and a
 * hung engine is killed, but probing still takes up to a few seconds: call it on a background worker.
 */
public final class SpeechEngines {

    /** What to do when no engine is found, in one sentence. */
    public static final String NONE_FOUND = "No speech engine found: install espeak-ng (sudo apt-get install "
            + "espeak-ng) on Linux, or turn on the system voice on macOS or Windows; until then Easeback runs silently.";

    /** The engine chosen, and what every candidate said, for the Settings screen. */
    public record Probe(SpeechEngine engine, List<EngineStatus> candidates) {
        public Probe {
            candidates = List.copyOf(candidates);
        }

        public boolean found() {
            return engine.status().available();
        }
    }

    private SpeechEngines() {
    }

    /** The candidates for this OS, best first. */
    public static List<SpeechEngine> candidates(String osName, ProcessRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<SpeechEngine> out = new ArrayList<>();
        if (os.contains("mac")) {
            out.add(new MacSayEngine(osName, runner));
        } else if (os.contains("win")) {
            out.add(new WindowsSapiEngine(osName, runner));
        }
        out.add(new EspeakNgEngine(runner));
        return out;
    }

    /** Probes the candidates for this machine. */
    public static Probe probe() {
        return probe(candidates(System.getProperty("os.name", ""), new ProcessRunner()));
    }

    /** Probes {@code candidates} in order and keeps the first that is available. */
    public static Probe probe(List<SpeechEngine> candidates) {
        List<EngineStatus> seen = new ArrayList<>();
        for (SpeechEngine engine : candidates) {
            EngineStatus status = engine.status();
            seen.add(status);
            if (status.available()) {
                return new Probe(engine, seen);
            }
        }
        return new Probe(new SilentSpeechEngine(NONE_FOUND), seen);
    }
}
