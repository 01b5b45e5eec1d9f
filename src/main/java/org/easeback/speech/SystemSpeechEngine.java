package org.easeback.speech;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The voice an operating system brings (macOS {@code say}, Windows SAPI): only probed on its own system, found by
 * listing its voices, whose names are kept only when they are plain words that can go on a command line.
 */
abstract class SystemSpeechEngine extends ProcessSpeechEngine {

    private final String id;
    private final String title;
    private final String systemKey;
    private final String systemName;
    private final String osName;

    /**
     * An engine {@code id}, shown as {@code title}, that runs where {@code osName} (the {@code os.name} property)
     * contains {@code systemKey}; {@code systemName} is the system's name in the sentence that says it does not.
     */
    SystemSpeechEngine(ProcessRunner runner, String osName, String id, String title, String systemKey,
                       String systemName) {
        super(runner);
        this.osName = osName;
        this.id = id;
        this.title = title;
        this.systemKey = systemKey;
        this.systemName = systemName;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    final EngineStatus probe() {
        if (!osName.toLowerCase(Locale.ROOT).contains(systemKey)) {
            return EngineStatus.unavailable(id, title, title + " is only on " + systemName + ".");
        }
        ProbeRun voices = probeRun(voicesCommand(), Map.of());
        if (!voices.ok()) {
            return EngineStatus.unavailable(id, title, cannotList(voices.failure()));
        }
        return withVoices(voiceNames(voices.outcome().output()));
    }

    /** The command that lists the system's voices. */
    abstract List<String> voicesCommand();

    /** What to tell the user when the voices cannot be listed; {@code failure} says what went wrong. */
    abstract String cannotList(String failure);

    /** The voice names in the listing's output. */
    abstract List<String> voiceNames(String listing);

    /** The status once the voices are listed: available by default, even with none named. */
    EngineStatus withVoices(List<String> names) {
        return EngineStatus.available(id, title, names);
    }

    /** Whether {@code name} is a voice name that is safe to pass on: letters, digits and a few marks, 64 at most. */
    static boolean plainVoiceName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9 _+.()-]{0,63}");
    }
}
