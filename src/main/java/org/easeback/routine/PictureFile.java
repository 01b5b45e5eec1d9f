package org.easeback.routine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a step's picture is a file JavaFX can show (PNG, JPEG, GIF or BMP) and small enough to decode safely,
 * reading at most its first 64 KiB, so that a hostile file cannot hang the check or make the player run out of memory.
 */
final class PictureFile {

    /** The largest picture file accepted: 8 MiB. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    /** The widest or tallest picture accepted, in pixels: decoded, 4,096 x 4,096 is already 64 MiB. */
    static final int MAX_SIDE = 4_096;

    private static final int HEADER_BYTES = 64 * 1024;

    private PictureFile() {
    }

    /** Why {@code file} cannot be shown, as a phrase that follows the image's name; empty if it can. */
    static Optional<String> problem(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("is not a file; name a picture file");
        }
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Optional.of("is an SVG drawing, which the player cannot show; render it to a PNG beside it "
                    + "(assets/render.sh shows how) and name the PNG");
        }
        byte[] head;
        long size;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of(String.format(Locale.ROOT, "is %,d bytes; a picture may be at most %,d bytes "
                        + "(8 MiB). Save it smaller", size, MAX_BYTES));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEADER_BYTES);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Optional<int[]> size2d = dimensions(head);
        if (size2d.isEmpty()) {
            return Optional.of("is not a PNG, JPEG, GIF or BMP picture, or is damaged; save it as a PNG");
        }
        int width = size2d.get()[0];
        int height = size2d.get()[1];
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.of(String.format(Locale.ROOT, "is %,d x %,d pixels; a picture may be at most %,d pixels "
                    + "on each side. Scale it down", width, height, MAX_SIDE));
        }
        return Optional.empty();
    }

    /** {width, height} from the header of a PNG, GIF, BMP or JPEG file; empty for anything else. */
    static Optional<int[]> dimensions(byte[] b) {
        if (b.length >= 24 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return Optional.of(new int[] {be32(b, 16), be32(b, 20)});
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of(new int[] {le16(b, 6), le16(b, 8)});
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            return Optional.of(new int[] {le32(b, 18), Math.abs(le32(b, 22))});
        }
        if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8) {
            return jpegDimensions(b);
        }
        return Optional.empty();
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds the size. */
    private static Optional<int[]> jpegDimensions(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if (u8(b, i) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = (u8(b, i + 2) << 8) | u8(b, i + 3);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return Optional.of(new int[] {(u8(b, i + 7) << 8) | u8(b, i + 8), (u8(b, i + 5) << 8) | u8(b, i + 6)});
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be32(byte[] b, int i) {
        return (u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8);
    }

    private static int le32(byte[] b, int i) {
        return u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16) | (u8(b, i + 3) << 24);
    }
}
