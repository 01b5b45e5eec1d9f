package org.easeback.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a JSON file into a tree of {@link SourceNode}s that remember their line and column, and turns every way a
 * file can be malformed into one sentence that points where it breaks. Strict UTF-8; a leading UTF-8 byte-order
 * mark is skipped (Windows editors write one, and it carries no meaning); bounded in size, depth and lengths.
 */
public final class SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SourceLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(SourceLimits.MAX_NUMBER_CHARS)
                    .maxNameLength(SourceLimits.MAX_NAME_CHARS)
                    // Text longer than MAX_TEXT_CHARS is reported per field by the loaders, with the field's name;
                    // this bound only backs that up.
                    .maxStringLength(SourceLimits.MAX_FILE_BYTES)
                    .build())
            .build();

    /** The tree of a file that parsed, or the one diagnostic that says why it did not. */
    public record Result(SourceNode.ObjectNode root, List<Diagnostic> diagnostics) {
        boolean parsed() {
            return root != null;
        }

        /** Reads the tree with {@code fromTree}; a file that did not parse loads nothing, with the reason. */
        public <T> LoadResult<T> load(Path file, BiFunction<SourceNode.ObjectNode, Problems, LoadResult<T>> fromTree) {
            Problems problems = new Problems(file);
            problems.addAll(diagnostics);
            return parsed() ? fromTree.apply(root, problems) : LoadResult.of(null, problems);
        }
    }

    private final char[] chars;
    private final Path file;
    private final FileKind kind;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private JsonParser parser;
    private boolean afterRoot;

    /** What the reader is inside of, to say where a break is ("after the value of \"title\""). */
    private static final class Frame {
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

    private SourceReader(char[] chars, Path file, FileKind kind) {
        this.chars = chars;
        this.file = file;
        this.kind = kind;
    }

    /** Reads {@code bytes}, the content of {@code file} (used only in diagnostics). */
    public static Result read(byte[] bytes, Path file, FileKind kind) {
        if (bytes.length > SourceLimits.MAX_FILE_BYTES) {
            return failure(tooLarge(file, bytes.length));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return failure(Diagnostic.error(file, 1, 1,
                    "the file is saved as UTF-16; save it as UTF-8 (the encoding every JSON file uses)"));
        }
        CharBuffer decoded = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CoderResult cr = decoder.decode(in, decoded, true);
        if (!cr.isError()) {
            cr = decoder.flush(decoded);
        }
        if (cr.isError()) {
            char[] before = new char[decoded.position()];
            decoded.flip();
            decoded.get(before);
            SourceReader at = new SourceReader(before, file, kind);
            SourcePosition p = at.positionOf(before.length);
            int bad = bytes[in.position()] & 0xFF;
            return failure(Diagnostic.error(file, p.line(), p.column(), String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X at byte offset %d is not part of any character; "
                            + "save the file as UTF-8", bad, in.position())));
        }
        char[] chars = new char[decoded.position()];
        decoded.flip();
        decoded.get(chars);
        return new SourceReader(chars, file, kind).parse();
    }

    /** Reads a file from disk, refusing one larger than the limit before reading it. */
    public static Result readFile(Path file, FileKind kind) {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > SourceLimits.MAX_FILE_BYTES) {
                return failure(tooLarge(file, size));
            }
            byte[] bytes;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                bytes = in.readNBytes(SourceLimits.MAX_FILE_BYTES + 1);
            }
            return read(bytes, file, kind);
        } catch (java.nio.file.NoSuchFileException e) {
            return failure(Diagnostic.error(file, 1, 1, "the file does not exist; check the path"));
        } catch (IOException e) {
            return failure(Diagnostic.error(file, 1, 1, "cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check that it exists and may be read"));
        }
    }

    static Diagnostic tooLarge(Path file, long size) {
        return Diagnostic.error(file, 1, 1, String.format(Locale.ROOT,
                "the file is %,d bytes; a file may be at most %,d bytes (1 MiB). Split it into smaller files",
                size, SourceLimits.MAX_FILE_BYTES));
    }

    private static Result failure(Diagnostic d) {
        return new Result(null, List.of(d));
    }

    private Result parse() {
        if (String.valueOf(chars).isBlank()) {
            return failure(Diagnostic.error(file, 1, 1,
                    "the file is empty; " + kind.singular() + " starts with { ... }"));
        }
        try (JsonParser p = FACTORY.createParser(chars, 0, chars.length)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                SourcePosition pos = tokenPosition();
                return failure(Diagnostic.error(file, pos.line(), pos.column(), "the file must hold one JSON object "
                        + "that starts with {; " + kind.singular() + " starts with { ... }"));
            }
            SourceNode.ObjectNode root = (SourceNode.ObjectNode) readValue(first, null);
            afterRoot = true;
            if (p.nextToken() != null) {
                SourcePosition pos = tokenPosition();
                return failure(Diagnostic.error(file, pos.line(), pos.column(), afterRootMessage()));
            }
            return new Result(root, List.copyOf(diagnostics));
        } catch (JsonProcessingException e) {
            return failure(describe(e));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unexpected failure reading {}", file, e);
            return failure(Diagnostic.error(file, 1, 1,
                    "could not read this file as JSON (" + e.getClass().getSimpleName() + "); please report it"));
        }
    }

    private String afterRootMessage() {
        return "unexpected text after the closing } of the file; " + kind.singular()
                + " is a single object, so the file must end there";
    }

    private SourceNode readValue(JsonToken token, String name) throws IOException {
        SourcePosition pos = tokenPosition();
        switch (token) {
            case START_OBJECT -> {
                Frame frame = new Frame(true, name, pos);
                frames.push(frame);
                Map<String, SourceNode.Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    SourcePosition namePos = tokenPosition();
                    frame.lastMember = null;
                    SourceNode value = readValue(parser.nextToken(), field);
                    frame.lastMember = field;
                    SourceNode.Member previous = members.get(field);
                    if (previous != null) {
                        diagnostics.add(Diagnostic.error(file, namePos.line(), namePos.column(),
                                "duplicate field '" + field + "'; it is already set at " + previous.namePosition().line()
                                        + ":" + previous.namePosition().column() + ". Keep only one"));
                    } else {
                        members.put(field, new SourceNode.Member(field, namePos, value));
                    }
                }
                frames.pop();
                return new SourceNode.ObjectNode(members, pos);
            }
            case START_ARRAY -> {
                Frame frame = new Frame(false, name, pos);
                frames.push(frame);
                List<SourceNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(next, itemName(frame, items.size() + 1)));
                    frame.items = items.size();
                }
                frames.pop();
                return new SourceNode.ArrayNode(items, pos);
            }
            case VALUE_STRING -> {
                return new SourceNode.TextNode(parser.getText(), pos);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new SourceNode.NumberNode(parser.getText(), pos);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new SourceNode.BooleanNode(token == JsonToken.VALUE_TRUE, pos);
            }
            case VALUE_NULL -> {
                return new SourceNode.NullNode(pos);
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }

    private static String itemName(Frame frame, int n) {
        return frame.name == null ? "item " + n : "item " + n + " of \"" + frame.name + "\"";
    }

    private SourcePosition tokenPosition() {
        JsonLocation l = parser.currentTokenLocation();
        return new SourcePosition(l.getLineNr(), l.getColumnNr());
    }

    /** Turns Jackson's exception into a sentence at the place where the file breaks. */
    private Diagnostic describe(JsonProcessingException e) {
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
        Frame frame = frames.peek();

        if (e instanceof StreamConstraintsException) {
            SourcePosition tok = tokenPosition();
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
            return at(before + 1, "expected ':' after the field name \"" + parserName() + "\"");
        }
        if (original.startsWith("Unexpected end-of-input") && frame != null) {
            String open = frame.object ? "{" : "[";
            String close = frame.object ? "}" : "]";
            return at(offset, "the file ends before the '" + open + "' at " + frame.start.line() + ":"
                    + frame.start.column() + " is closed; is a '" + close + "' missing?");
        }
        if (original.contains("expected a valid value") || original.startsWith("Unrecognized token")
                || original.startsWith("Non-standard token")) {
            if (c == ']' && prev == ',') {
                return at(before, "trailing comma: no item follows this ','; remove it");
            }
            if (c == '\'') {
                return at(offset, "text must be in double quotes (\"...\"), not single quotes");
            }
            if (c == '}' || c == ']' || c == ',') {
                return at(offset, "the value of \"" + parserName() + "\" is missing");
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
        if (original.contains("numeric value") || original.contains("Leading zeroes")) {
            return at(numberStart(offset), "malformed number: write numbers like 90 or 0.5 "
                    + "(no leading zeros, a digit on each side of the point)");
        }
        return at(offset, "this is not valid JSON here: " + original.replace('\n', ' '));
    }

    private String parserName() {
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

    private Diagnostic at(int offset, String message) {
        return at(positionOf(offset), message);
    }

    private Diagnostic at(SourcePosition p, String message) {
        return Diagnostic.error(file, p.line(), p.column(), message);
    }

    /** The 1-based line and column of a char offset, counting lines as Jackson does (\n, \r\n or \r). */
    SourcePosition positionOf(int offset) {
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
