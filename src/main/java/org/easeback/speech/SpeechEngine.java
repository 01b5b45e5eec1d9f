package org.easeback.speech;

import java.nio.file.Path;

/**
 * A text-to-speech back-end: renders one phrase into a WAV file. Back-ends run the operating system's engine as an
 * external process (never through a shell), so no GPL engine is linked into Easeback.
 */
public interface SpeechEngine {

    /** A stable id, part of every cache key: "espeak-ng", "macos-say", "windows-sapi" or "silent". */
    String id();

    /** What the engine is, whether it works here (and why not), and its voices; probed once, time-limited. */
    EngineStatus status();

    /**
     * Writes {@code text} spoken in {@code style} to {@code wav}, a mono WAV file. Blocks for as long as the engine
     * runs (bounded by a timeout): call it on a background worker, never on the FX thread or at cue time.
     */
    void render(String text, SpeechStyle style, Path wav) throws SpeechException;
}
