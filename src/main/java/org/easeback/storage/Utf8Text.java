package org.easeback.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one UTF-8 decoder of every reader: strict (a byte that is not part of a character is reported, never
 * replaced), and one leading byte-order mark is skipped, since Windows editors write one and it carries no meaning.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** What decoding gave: the text, or where it stops being UTF-8. */
    public sealed interface Decoded {
    }

    /** The whole text, without its byte-order mark. */
    public record Text(String text) implements Decoded {
    }

    /**
     * The bytes stop being UTF-8 at {@code byteOffset} (counted in the file, mark included).
     *
     * @param before the text decoded up to there, to say on which line and column
     */
    public record Malformed(int byteOffset, int badByte, String before) implements Decoded {
    }

    /** The file starts with a UTF-16 byte-order mark: saved in the wrong encoding. */
    public record Utf16() implements Decoded {
    }

    /** Decodes {@code bytes} strictly, skipping one leading UTF-8 byte-order mark. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes from {@code offset}; a mark is skipped only at {@code offset}. */
    public static Decoded decode(byte[] bytes, int offset, int length) {
        int start = offset;
        if (length >= 3 && u8(bytes, start) == 0xEF && u8(bytes, start + 1) == 0xBB && u8(bytes, start + 2) == 0xBF) {
            start += 3;
        } else if (length >= 2 && (u8(bytes, start) == 0xFE && u8(bytes, start + 1) == 0xFF
                || u8(bytes, start) == 0xFF && u8(bytes, start + 1) == 0xFE)) {
            return new Utf16();
        }
        int end = offset + length;
        CharBuffer out = CharBuffer.allocate(end - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            return new Malformed(in.position() - offset, u8(bytes, in.position()), out.toString());
        }
        return new Text(out.toString());
    }

    /** The text of {@code bytes}, or null if they are not UTF-8: for readers that need no position. */
    public static String orNull(byte[] bytes) {
        return decode(bytes) instanceof Text t ? t.text() : null;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
