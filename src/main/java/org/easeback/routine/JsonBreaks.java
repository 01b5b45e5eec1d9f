package org.easeback.routine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns Jackson's message about where a file stops being JSON into one sentence for a trainer, at the place where
 * it breaks: a missing comma after a named field, a trailing comma, a comment, single quotes, a capitalised literal.
 */
final class JsonBreaks {

    /** What the reader was inside of when the file broke ("after the value of \"title\""). */
    static final class Frame {
        final boolean object;
        final String name;
        final SourcePosition start;
        String lastMember;
        int items;

        Frame(boolean object, String name, SourcePosition start) {
            this.object = object;
            this.name = name;
            this.start = start;
        }
    }

    private final char[] chars;
    private final Path file;
    private final FileKind kind;

    JsonBreaks(char[] chars, Path file, FileKind kind) {
        this.chars = chars;
        this.file = file;
        this.kind = kind;
    }

    String afterRootMessage() {
        return "unexpected text after the closing } of the file; " + kind.singular()
                + " is a single object, so the file must end there";
    }

    /** The sentence for {@code e}, thrown by {@code parser} inside {@code frame} (null at the top). */
    Diagnostic describe(JsonProcessingException e, JsonParser parser, Frame frame, boolean afterRoot) {
        JsonLocation loc = e.getLocation();
        int offset;
        if (loc != null && loc.getCharOffset() >= 0) {
            offset = (int) Math.min(loc.getCharOffset(), chars.length);
        } else {
            offset = (int) Math.min(Math.max(parser.currentTokenLocation().getCharOffset(), 0), chars.length);
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        char c = offset < chars.length ? chars[offset] : 0;
        int before = previousNonSpace(offset);
        char prev = before >= 0 ? chars[before] : 0;

        if (e instanceof StreamConstraintsException) {
            JsonLocation l = parser.currentTokenLocation();
            return constraint(new SourcePosition(l.getLineNr(), l.getColumnNr()), original);
        }
        if (afterRoot) {
            return at(offset, afterRootMessage());
        }
        if (c == '/' || c == '#') {
            return at(offset, "comments are not allowed in " + kind.plural()
                    + " (JSON has no comments); remove it, or put the note in a text field");
        }
        if (original.contains("expecting closing quote")) {
            return at(offset, "unterminated string: the file ends before the closing \"");
        }
        if (original.contains("CTRL-CHAR, code 10") || original.contains("CTRL-CHAR, code 13")) {
            return at(offset, "unterminated string: the closing \" is missing before the end of the line");
        }
        if (original.contains("CTRL-CHAR")) {
            return at(offset, "a tab or other control character is not allowed inside text; "
                    + "write a tab as \\t, or use spaces");
        }
        if (original.contains("Unrecognized character escape")) {
            return at(Math.max(offset - 1, 0), "'\\" + c + "' is not an escape JSON knows; write a backslash as \\\\"
                    + " (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)");
        }
        if (original.contains("separate Object entries")) {
            return at(before + 1, "expected ',' or '}' after the value of \"" + frame.lastMember
                    + "\"; is a comma missing?");
        }
        if (original.contains("separate Array entries")) {
            String of = frame.name == null ? "" : " of \"" + frame.name + "\"";
            return at(before + 1, "expected ',' or ']' after item " + frame.items + of + "; is a comma missing?");
        }
        if (original.contains("start field name")) {
            if (c == '}' && prev == ',') {
                return at(before, "trailing comma: no field follows this ','; remove it");
            }
            if (c == '\'') {
                return at(offset, "field names must be in double quotes (\"name\"), not single quotes");
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                return at(offset, "field names must be in double quotes: write \"" + word(offset) + "\"");
            }
            return at(offset, "expected a field name in double quotes here");
        }
        if (original.contains("expecting a colon")) {
            return at(before + 1, "expected ':' after the field name \"" + name(parser) + "\"");
        }
        if (original.startsWith("Unexpected end-of-input") && frame != null) {
            String open = frame.object ? "{" : "[";
            String close = frame.object ? "}" : "]";
            return at(offset, "the file ends before the '" + open + "' at " + frame.start.line() + ":"
                    + frame.start.column() + " is closed; is a '" + close + "' missing?");
        }
        if (original.contains("expected a valid value") || original.startsWith("Unrecognized token")
                || original.startsWith("Non-standard token")) {
            return badValue(offset, c, prev, before, parser);
        }
        if (original.contains("numeric value") || original.contains("Leading zeroes")) {
            return at(numberStart(offset), "malformed number: write numbers like 90 or 0.5 "
                    + "(no leading zeros, a digit on each side of the point)");
        }
        return at(offset, "this is not valid JSON here: " + original.replace('\n', ' '));
    }

    private Diagnostic constraint(SourcePosition tok, String original) {
        if (original.contains("nesting depth")) {
            return at(tok, "the file nests objects and lists more than " + SourceLimits.MAX_NESTING_DEPTH
                    + " levels deep; " + kind.singular() + " never needs that many. Flatten it");
        }
        if (original.contains("Number value length")) {
            return at(tok, "this number has more than " + SourceLimits.MAX_NUMBER_CHARS
                    + " characters; use an ordinary number");
        }
        if (original.contains("Name length")) {
            return at(tok, "this field name is longer than " + SourceLimits.MAX_NAME_CHARS
                    + " characters; no field has such a name");
        }
        return at(tok, "a text in this file is longer than the file limit; shorten it");
    }

    private Diagnostic badValue(int offset, char c, char prev, int before, JsonParser parser) {
        if (c == ']' && prev == ',') {
            return at(before, "trailing comma: no item follows this ','; remove it");
        }
        if (c == '\'') {
            return at(offset, "text must be in double quotes (\"...\"), not single quotes");
        }
        if (c == '}' || c == ']' || c == ',') {
            return at(offset, "the value of \"" + name(parser) + "\" is missing");
        }
        String w = word(offset);
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return at(offset, "'" + w + "' must be written in lower case: " + lower);
        }
        if (lower.equals("nan") || lower.contains("infinity")) {
            return at(offset, "'" + w + "' is not a number JSON allows; write an ordinary number");
        }
        return at(offset, "'" + w + "' is not a JSON value; put text in double quotes (\"" + w + "\")");
    }

    private static String name(JsonParser parser) {
        try {
            String n = parser.currentName();
            return n == null ? "" : n;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private String word(int offset) {
        int end = offset;
        while (end < chars.length && end - offset < 30 && (Character.isLetterOrDigit(chars[end])
                || chars[end] == '_' || chars[end] == '-' || chars[end] == '$' || chars[end] == '.')) {
            end++;
        }
        return end == offset ? String.valueOf(chars[offset]) : new String(chars, offset, end - offset);
    }

    private int numberStart(int offset) {
        int i = Math.min(offset, chars.length);
        while (i > 0 && "0123456789+-.eE".indexOf(chars[i - 1]) >= 0) {
            i--;
        }
        return i;
    }

    private int previousNonSpace(int offset) {
        int i = Math.min(offset, chars.length) - 1;
        while (i >= 0 && Character.isWhitespace(chars[i])) {
            i--;
        }
        return i;
    }

    Diagnostic at(int offset, String message) {
        return at(positionOf(chars, offset), message);
    }

    private Diagnostic at(SourcePosition p, String message) {
        return Diagnostic.error(file, p.line(), p.column(), message);
    }

    /** The 1-based line and column of a char offset, counting lines as Jackson does (\n, \r\n or \r). */
    static SourcePosition positionOf(char[] chars, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), chars.length);
        for (int i = 0; i < end; i++) {
            char ch = chars[i];
            if (ch == '\n' || ch == '\r' && (i + 1 >= chars.length || chars[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, end - lineStart + 1);
    }
}
