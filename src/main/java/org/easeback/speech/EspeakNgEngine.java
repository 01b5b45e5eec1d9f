package org.easeback.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * eSpeak NG, the usual Linux engine: {@code espeak-ng -w FILE -v VOICE -s RATE -a AMP -- TEXT}. It writes the
 * file with {@code -w}: its {@code --stdout} WAV header carries a bogus length.
 */
public final class EspeakNgEngine extends ProcessSpeechEngine {

    public static final String ID = "espeak-ng";
    /** eSpeak's own default amplitude; volume is applied when playing. */
    static final int AMPLITUDE = 100;
    private final String program;

    public EspeakNgEngine(ProcessRunner runner) {
        this("espeak-ng", runner);
    }

    EspeakNgEngine(String program, ProcessRunner runner) {
        super(runner);
        this.program = program;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    EngineStatus probe() {
        ProbeRun version = probeRun(List.of(program, "--version"), Map.of());
        if (!version.ok()) {
            return EngineStatus.unavailable(ID, "eSpeak NG", "eSpeak NG " + version.failure()
                    + ": install it (sudo apt-get install espeak-ng) to hear spoken guidance.");
        }
        String name = nameFrom(version.outcome().output());
        ProbeRun voices = probeRun(List.of(program, "--voices"), Map.of());
        return EngineStatus.available(ID, name, voices.ok() ? voices(voices.outcome().output()) : List.of());
    }

    /** "eSpeak NG text-to-speech: 1.51  Data at: ..." gives "eSpeak NG 1.51". */
    static String nameFrom(String versionOutput) {
        String line = versionOutput.strip().lines().findFirst().orElse("");
        int colon = line.indexOf(':');
        if (colon < 0) {
            return "eSpeak NG";
        }
        String[] rest = line.substring(colon + 1).strip().split("\\s+");
        return rest.length > 0 && !rest[0].isEmpty() ? "eSpeak NG " + SpokenText.printable(rest[0]) : "eSpeak NG";
    }

    /** The language column of {@code espeak-ng --voices}, in its order, without repeats. */
    static List<String> voices(String listing) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : listing.lines().skip(1).toList()) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && columns[1].matches("[A-Za-z0-9-]{1,35}")) {
                out.add(columns[1]);
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    List<String> renderCommand(String text, SpeechStyle style, Path wav) {
        List<String> command = new ArrayList<>(List.of(program, "-w", wav.toString()));
        if (!style.voice().isEmpty()) {
            command.addAll(List.of("-v", style.voice()));
        }
        command.addAll(List.of("-s", Integer.toString(style.wordsPerMinute()), "-a", Integer.toString(AMPLITUDE),
                "--", text));
        return command;
    }
}
