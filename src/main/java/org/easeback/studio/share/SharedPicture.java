package org.easeback.studio.share;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** A picture carried in a shared file: a plain file name and the PNG's bytes, checked before anything is written. */
public record SharedPicture(String name, byte[] png) {

    /** The largest picture: 4 MiB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** The most pixels a picture may have (4096 × 4096), so that none is built to exhaust memory when shown. */
    public static final long MAX_PIXELS = 4096L * 4096L;

    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}(\\.[A-Za-z0-9_-]{1,20})*\\.png");

    public SharedPicture {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** Why {@code name} is no picture name: a path, a traversal, a control character; empty if it is fine. */
    public static Optional<String> nameProblem(String name) {
        if (NAME.matcher(name).matches() && name.length() <= 80) {
            return Optional.empty();
        }
        return Optional.of("picture name '" + printable(name) + "' must be a plain file name ending in .png, such as "
                + "\"towels.png\": letters, digits, '-', '_' and '.', no folders");
    }

    /** Why {@code bytes} is not a PNG Easeback shows; empty if it is one. */
    public static Optional<String> pngProblem(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of(String.format(java.util.Locale.ROOT, "picture '%s' is %,d bytes; a picture may be at "
                    + "most %,d bytes (4 MiB)", name, bytes.length, MAX_BYTES));
        }
        if (bytes.length < 33 || !Arrays.equals(bytes, 0, 8, MAGIC, 0, 8)
                || !new String(bytes, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IHDR")) {
            return Optional.of("picture '" + name + "' is not a PNG image; only PNG pictures can be shared");
        }
        long width = ByteBuffer.wrap(bytes, 16, 4).getInt() & 0xFFFFFFFFL;
        long height = ByteBuffer.wrap(bytes, 20, 4).getInt() & 0xFFFFFFFFL;
        if (width == 0 || height == 0 || width * height > MAX_PIXELS) {
            return Optional.of("picture '" + name + "' is " + width + " × " + height + " pixels; a picture may have "
                    + "at most " + MAX_PIXELS + " pixels (4096 × 4096)");
        }
        return Optional.empty();
    }

    /** {@code text} with control characters shown as \\uXXXX, so that no message carries one to a terminal. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(2_000).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
