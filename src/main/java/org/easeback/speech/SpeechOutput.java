package org.easeback.speech;

import java.nio.file.Path;

/**
 * Plays a rendered phrase: the port the player implements (with JavaFX media, in ui.sound). {@link #play} starts
 * the file and returns at once: it never blocks, never throws, and a file that cannot play is silence.
 */
public interface SpeechOutput {

    /** Starts {@code wav} now at {@code volume} (0 to 1). */
    void play(Path wav, double volume);

    /** Plays nothing: for machines without sound. */
    static SpeechOutput silent() {
        return (wav, volume) -> { };
    }
}
