package org.easeback.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The one way Easeback opens a file it did not just write: only a regular file, only inside its folder, only up to
 * a size cap. A link is resolved and its target must lie under the folder's real path; a named pipe, a device or a
 * folder is refused from its attributes before anything is opened, so nothing blocks or runs out of memory; the
 * file is opened without following links and read in a bounded loop. Every refusal is a phrase for the user.
 */
public final class StrictFileReader {

    /** Unix file types from the "unix:mode" attribute, to name what a non-file is. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private final Path folder;

    private StrictFileReader(Path folder) {
        this.folder = folder;
    }

    /** Reads files of {@code folder}: a file, or a link's target, must lie inside it. */
    public static StrictFileReader within(Path folder) {
        return new StrictFileReader(folder);
    }

    /** Reads a file named on its own: it, or a link's target, must lie inside the folder that holds it. */
    public static StrictFileReader besideItself() {
        return new StrictFileReader(null);
    }

    /** Reads {@code file} whole if it is a regular file in the folder of at most {@code maxBytes} bytes. */
    public FileRead read(Path file, long maxBytes) {
        try {
            return readChecked(file, maxBytes);
        } catch (InvalidPathException e) {
            return new FileRead.Refused(file, FileRead.Refusal.ILLEGAL_PATH, illegalPath(e));
        } catch (AccessDeniedException e) {
            return new FileRead.Refused(file, FileRead.Refusal.UNREADABLE,
                    "cannot be read: permission is denied. Check its permissions");
        } catch (NoSuchFileException e) {
            return new FileRead.Refused(file, FileRead.Refusal.MISSING, "does not exist");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return new FileRead.Refused(file, FileRead.Refusal.UNREADABLE, "cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private FileRead readChecked(Path file, long maxBytes) throws IOException {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new FileRead.Refused(file, FileRead.Refusal.MISSING, "does not exist");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return new FileRead.Refused(file, FileRead.Refusal.MISSING, own.isSymbolicLink()
                    ? "is a link to something that does not exist" : "does not exist");
        }
        Path home = realFolder(file);
        if (!real.startsWith(home)) {
            return new FileRead.Refused(file, FileRead.Refusal.LINK_OUT_OF_FOLDER, "leads outside its folder "
                    + "through a link (to " + real + "); Easeback does not follow links out of a folder, so copy "
                    + "the file into the folder instead");
        }
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            return new FileRead.Refused(file, FileRead.Refusal.NOT_A_FILE, notAFile(real, attrs)
                    + "; Easeback reads only regular files");
        }
        if (attrs.size() > maxBytes) {
            return tooLarge(file, attrs.size(), maxBytes);
        }
        Set<OpenOption> options = real.getFileSystem() == FileSystems.getDefault()
                ? Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS) : Set.of(StandardOpenOption.READ);
        try (SeekableByteChannel channel = Files.newByteChannel(real, options)) {
            byte[] bytes = new byte[(int) Math.min(Math.max(attrs.size(), 0) + 1, maxBytes + 1)];
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    if (length > maxBytes) {
                        return tooLarge(file, length, maxBytes);
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes + 1, (long) length * 2 + 1));
                }
                int n = channel.read(ByteBuffer.wrap(bytes, length, bytes.length - length));
                if (n < 0) {
                    break;
                }
                length += n;
            }
            return new FileRead.Bytes(file, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
        }
    }

    private Path realFolder(Path file) throws IOException {
        Path base = folder != null ? folder : file.toAbsolutePath().getParent();
        if (base == null) {
            return file.toAbsolutePath().getRoot();
        }
        try {
            return base.toRealPath();
        } catch (NoSuchFileException e) {
            return base.toAbsolutePath().normalize();
        }
    }

    private static FileRead.Refused tooLarge(Path file, long size, long maxBytes) {
        return new FileRead.Refused(file, FileRead.Refusal.TOO_LARGE, String.format(Locale.ROOT,
                "is %,d bytes; a file of its kind may be at most %,d bytes", size, maxBytes), size);
    }

    private static String notAFile(Path real, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "is a folder, not a file";
        }
        try {
            Object mode = Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                switch (m & TYPE_MASK) {
                    case FIFO -> {
                        return "is a named pipe (FIFO), not a file";
                    }
                    case CHARACTER_DEVICE, BLOCK_DEVICE -> {
                        return "is a device, not a file";
                    }
                    case SOCKET -> {
                        return "is a socket, not a file";
                    }
                    default -> {
                        // fall through to the general words
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // No unix view here: say it in general words.
        }
        return "is not a regular file (it is a pipe, a device or a socket)";
    }

    /** The phrase for a path that cannot exist: "contains a character no file name may have (U+0000)". */
    public static String illegalPath(InvalidPathException e) {
        String input = e.getInput() == null ? "" : e.getInput();
        int index = e.getIndex() >= 0 ? e.getIndex() : input.indexOf('\0'); // Linux gives no index for NUL
        String which = index >= 0 && index < input.length()
                ? String.format(Locale.ROOT, " (U+%04X at character %d)", (int) input.charAt(index), index + 1)
                : "";
        return "contains a character that no file name may have" + which + "; remove it";
    }

    /** The path {@code text} names relative to {@code base}, or a phrase saying why it cannot be a path. */
    public static PathOrProblem resolve(Path base, String text) {
        try {
            return new PathOrProblem(base.resolve(text), null);
        } catch (InvalidPathException e) {
            return new PathOrProblem(null, illegalPath(e));
        }
    }

    /** A path made from text, or why none could be made. */
    public record PathOrProblem(Path path, String problem) {
        public boolean ok() {
            return path != null;
        }
    }
}
