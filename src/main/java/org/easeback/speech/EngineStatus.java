package org.easeback.speech;

import java.util.List;

/**
 * What a probe found out about a speech engine.
 *
 * @param id        the engine's id ({@link SpeechEngine#id()})
 * @param name      its name for people, e.g. "eSpeak NG 1.51"
 * @param available true if it rendered a probe and can speak
 * @param reason    why it cannot speak, as a sentence that says what to do; empty when available
 * @param voices    the voices (or languages) it offers, in its own names; may be empty
 */
public record EngineStatus(String id, String name, boolean available, String reason, List<String> voices) {

    public EngineStatus {
        voices = List.copyOf(voices);
    }

    static EngineStatus available(String id, String name, List<String> voices) {
        return new EngineStatus(id, name, true, "", voices);
    }

    static EngineStatus unavailable(String id, String name, String reason) {
        return new EngineStatus(id, name, false, reason, List.of());
    }
}
