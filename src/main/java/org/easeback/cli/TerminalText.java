package org.easeback.cli;

/** Text from files and arguments made safe for a terminal: every control character shown as \\uXXXX. */
final class TerminalText {

    private TerminalText() {
    }

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
