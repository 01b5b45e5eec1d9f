package org.easeback.speech;

/** A phrase could not be rendered; the message is a sentence for the log or the Settings screen. */
public final class SpeechException extends Exception {

    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
