package org.easeback.speech;

import java.util.regex.Pattern;

/**
 * How phrases are rendered: which voice, how fast. Part of every cache key. (Volume is not: it is applied when a
 * phrase is played, so changing it never re-renders anything.)
 *
 * @param voice          the engine's voice name or language ("en-gb", "Samantha"); empty for the engine's default
 * @param wordsPerMinute speaking rate, {@value #MIN_RATE} to {@value #MAX_RATE}
 */
public record SpeechStyle(String voice, int wordsPerMinute) {

    public static final int MIN_RATE = 80;
    public static final int MAX_RATE = 300;
    /** A calm pace for someone listening with their eyes on their hands. */
    public static final int DEFAULT_RATE = 150;
    public static final SpeechStyle DEFAULT = new SpeechStyle("", DEFAULT_RATE);

    /** Voice names as engines spell them; never starting with '-', so a name cannot pass for an option. */
    private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _+.()-]{0,63}");

    public SpeechStyle {
        voice = voice == null ? "" : voice.strip();
        if (!voice.isEmpty() && !VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException("A voice name is 1 to 64 letters, digits, spaces and _+.()- and "
                    + "starts with a letter or digit, not '" + SpokenText.printable(voice) + "'.");
        }
        if (wordsPerMinute < MIN_RATE || wordsPerMinute > MAX_RATE) {
            throw new IllegalArgumentException("The speaking rate must be " + MIN_RATE + " to " + MAX_RATE
                    + " words a minute, not " + wordsPerMinute + ".");
        }
    }
}
