package org.easeback.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The macOS voice: {@code say -o FILE --file-format=WAVE --data-format=LEI16@22050 -v VOICE -r RATE TEXT}.
 * 16-bit PCM rather than the 32-bit float the system prefers, because JavaFX plays only PCM WAV.
 */
public final class MacSayEngine extends SystemSpeechEngine {

    public static final String ID = "macos-say";
    /** "Samantha            en_US    # Hello, my name is Samantha." */
    private static final Pattern VOICE_LINE = Pattern.compile("^(.+?)\\s+([a-z]{2,3}[_-][A-Za-z0-9]+)\\s+#.*$");
    public MacSayEngine(String osName, ProcessRunner runner) {
        super(runner, osName, ID, "macOS speech", "mac", "macOS");
    }

    @Override
    List<String> voicesCommand() {
        return List.of("say", "-v", "?");
    }

    @Override
    String cannotList(String failure) {
        return "The macOS 'say' command " + failure
                + ": check System Settings > Accessibility > Spoken Content, or install espeak-ng.";
    }

    @Override
    List<String> voiceNames(String listing) {
        return voices(listing);
    }

    /** The voice names of {@code say -v ?}. */
    static List<String> voices(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.lines().toList()) {
            Matcher m = VOICE_LINE.matcher(line.strip());
            if (m.matches()) {
                String name = m.group(1).strip();
                if (plainVoiceName(name)) {
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
