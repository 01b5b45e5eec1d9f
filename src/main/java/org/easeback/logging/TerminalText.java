package org.easeback.logging;

/**
 * Makes text from files safe to print on a terminal or in a log line: every control character is written as an
 * escape ({@code \n}, {@code \e}, {@code \x07}, …), so a value or a file name can neither start a new line that
 * looks like a diagnostic nor send an escape sequence to the terminal. The one escaper every printer uses.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {
    }

    /** {@code text} with its control characters escaped; "null" for null, as a print would show it. */
    public static String escape(Object text) {
        String s = String.valueOf(text);
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> {
                    if (c < 0x100) {
                        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A JSON document with the control characters Jackson leaves raw (DEL, C1, separators, bidi controls) written
     * as {@code \\uXXXX} escapes: the same JSON value, safe to print. Newlines and tabs stay: outside strings they are
     * layout, and inside strings Jackson has already escaped them.
     */
    public static String escapeInJson(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (unsafe(c) && c != '\n' && c != '\r' && c != '\t') {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 and C1 controls and DEL; the Unicode line and paragraph separators, which some terminals and editors break
     * lines at; and the bidirectional controls, which reorder what is shown (a file name that reads backwards).
     */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
