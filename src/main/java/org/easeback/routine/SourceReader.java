package org.easeback.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.easeback.routine.JsonBreaks.Frame;
import org.easeback.storage.FileRead;
import org.easeback.storage.StrictFileReader;
import org.easeback.storage.Utf8Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a JSON file into a tree of {@link SourceNode}s that remember their line and column; a file that is not JSON
 * gets one sentence that points where it breaks ({@link JsonBreaks}). Files are opened with storage's
 * {@link StrictFileReader} and decoded with its {@link Utf8Text} (strict, one byte-order mark skipped); bounded in
 * size, depth and lengths.
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

    private final JsonBreaks breaks;

    private SourceReader(char[] chars, Path file, FileKind kind) {
        this.chars = chars;
        this.file = file;
        this.kind = kind;
        this.breaks = new JsonBreaks(chars, file, kind);
    }

    /** Reads {@code bytes}, the content of {@code file} (used only in diagnostics). */
    public static Result read(byte[] bytes, Path file, FileKind kind) {
        if (bytes.length > SourceLimits.MAX_FILE_BYTES) {
            return failure(tooLarge(file, bytes.length));
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        if (decoded instanceof Utf8Text.Utf16) {
            return failure(Diagnostic.error(file, 1, 1,
                    "the file is saved as UTF-16; save it as UTF-8 (the encoding every JSON file uses)"));
        }
        if (decoded instanceof Utf8Text.Malformed bad) {
            char[] before = bad.before().toCharArray();
            SourcePosition p = JsonBreaks.positionOf(before, before.length);
            return failure(Diagnostic.error(file, p.line(), p.column(), String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X at byte offset %d is not part of any character; "
                            + "save the file as UTF-8", bad.badByte(), bad.byteOffset())));
        }
        return new SourceReader(((Utf8Text.Text) decoded).text().toCharArray(), file, kind).parse();
    }

    /** Reads a file named on its own (it may not lead out of its own folder through a link). */
    public static Result readFile(Path file, FileKind kind) {
        return readFile(file, kind, StrictFileReader.besideItself());
    }

    /** Reads a file through {@code files}, which says which folder it must stay in; refusals are diagnostics. */
    public static Result readFile(Path file, FileKind kind, StrictFileReader files) {
        FileRead read = files.read(file, SourceLimits.MAX_FILE_BYTES);
        if (read instanceof FileRead.Bytes b) {
            return read(b.bytes(), file, kind);
        }
        return failure(refusal((FileRead.Refused) read));
    }

    /** The diagnostic for a file that was not read. */
    static Diagnostic refusal(FileRead.Refused refused) {
        Path file = refused.file();
        return switch (refused.reason()) {
            case TOO_LARGE -> tooLarge(file, refused.size());
            case MISSING -> Diagnostic.error(file, 1, 1, "the file " + refused.what() + "; check the path");
            default -> Diagnostic.error(file, 1, 1, "the file " + refused.what());
        };
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
                return failure(Diagnostic.error(file, pos.line(), pos.column(), breaks.afterRootMessage()));
            }
            return new Result(root, List.copyOf(diagnostics));
        } catch (JsonProcessingException e) {
            return failure(breaks.describe(e, parser, frames.peek(), afterRoot));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unexpected failure reading {}", file, e);
            return failure(Diagnostic.error(file, 1, 1,
                    "could not read this file as JSON (" + e.getClass().getSimpleName() + "); please report it"));
        }
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

}
