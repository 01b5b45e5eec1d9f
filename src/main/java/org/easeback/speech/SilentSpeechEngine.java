package org.easeback.speech;

import java.nio.file.Path;

/** No speech engine: the session runs with tones and text only, and says why in Settings. */
public final class SilentSpeechEngine implements SpeechEngine {

    public static final String ID = "silent";
    private final String reason;

    public SilentSpeechEngine(String reason) {
        this.reason = reason;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EngineStatus status() {
        return EngineStatus.unavailable(ID, "No voice", reason);
    }

    @Override
    public void render(String text, SpeechStyle style, Path wav) throws SpeechException {
        throw new SpeechException(reason);
    }
}
