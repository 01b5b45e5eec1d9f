package org.easeback.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The macOS voice: {@code say -o FILE --file-format=WAVE --data-format=LEI16@22050 -v VOICE -r RATE TEXT}.
 * 16-bit PCM rather than the 32-bit float the system prefers, because JavaFX plays only PCM WAV.
 */
public final class MacSayEngine extends ProcessSpeechEngine {

    public static final String ID = "macos-say";
    /** "Samantha            en_US    # Hello, my name is Samantha." */
    private static final Pattern VOICE_LINE = Pattern.compile("^(.+?)\\s+([a-z]{2,3}[_-][A-Za-z0-9]+)\\s+#.*$");
    private final String osName;

    public MacSayEngine(String osName, ProcessRunner runner) {
        super(runner);
        this.osName = osName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    EngineStatus probe() {
        if (!osName.toLowerCase(Locale.ROOT).contains("mac")) {
            return EngineStatus.unavailable(ID, "macOS speech", "macOS speech is only on macOS.");
        }
        ProbeRun voices = probeRun(List.of("say", "-v", "?"), Map.of());
        if (!voices.ok()) {
            return EngineStatus.unavailable(ID, "macOS speech", "The macOS 'say' command " + voices.failure()
                    + ": check System Settings > Accessibility > Spoken Content, or install espeak-ng.");
        }
        return EngineStatus.available(ID, "macOS speech", voices(voices.outcome().output()));
    }

    static List<String> voices(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.lines().toList()) {
            Matcher m = VOICE_LINE.matcher(line.strip());
            if (m.matches()) {
                String name = m.group(1).strip();
                if (name.matches("[A-Za-z0-9][A-Za-z0-9 _+.()-]{0,63}")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    @Override
    List<String> renderCommand(String text, SpeechStyle style, Path wav) {
        List<String> command = new ArrayList<>(List.of("say", "-o", wav.toString(), "--file-format=WAVE",
                "--data-format=LEI16@22050"));
        if (!style.voice().isEmpty()) {
            command.addAll(List.of("-v", style.voice()));
        }
        command.addAll(List.of("-r", Integer.toString(style.wordsPerMinute()), text));
        return command;
    }
}
