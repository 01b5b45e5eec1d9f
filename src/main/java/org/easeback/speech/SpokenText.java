package org.easeback.speech;

/** Makes text safe to hand to a speech engine as one argument, and safe to print. */
final class SpokenText {

    /** The longest text sent to an engine: a phrase, never a document. */
    static final int MAX_CHARS = 1_000;

    private SpokenText() {
    }

    /**
     * Control characters become spaces, runs of space collapse, and the text is cut to {@link #MAX_CHARS}.
     * A text starting with '-' gets a leading space so that no engine can read it as an option.
     */
    static String forEngine(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        String clean = out.toString();
        return clean.startsWith("-") ? " " + clean : clean;
    }

    /** {@code text} with every control character shown as \\uXXXX: for messages and terminal output. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
