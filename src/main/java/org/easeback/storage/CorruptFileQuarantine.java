package org.easeback.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a damaged file aside as {@code NAME.corrupt-<timestamp>}, so that nothing ever writes over it. The file is
 * copied aside (through a synced temporary file) and left in place, so a crash at any moment leaves it where it
 * was; only then does the caller replace or remove it.
 */
public final class CorruptFileQuarantine {

    private static final Logger LOG = LoggerFactory.getLogger(CorruptFileQuarantine.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Clock clock;
    private final FileOperations files;

    public CorruptFileQuarantine() {
        this(Clock.systemUTC());
    }

    public CorruptFileQuarantine(Clock clock) {
        this(clock, FileOperations.system());
    }

    public CorruptFileQuarantine(Clock clock, FileOperations files) {
        this.clock = clock;
        this.files = files;
    }

    /** Copies {@code file} aside and returns the copy; an existing file of that name is never replaced. */
    public Path copyAside(Path file) throws IOException {
        return keepAs(file, "corrupt");
    }

    /**
     * Copies {@code file} aside as {@code NAME.LABEL-<timestamp>} (a free name), whole and synced, and returns it.
     * The original is left where it is.
     */
    public Path keepAs(Path file, String label) throws IOException {
        String base = file.getFileName() + "." + label + "-" + STAMP.format(clock.instant());
        Path directory = file.toAbsolutePath().getParent();
        Path temp = files.createTemp(directory, base);
        boolean placed = false;
        try {
            files.copy(file, temp);
            files.force(temp);
            for (int n = 1; n <= 1000; n++) {
                Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
                if (Files.exists(aside)) {
                    continue;
                }
                try {
                    files.moveNew(temp, aside);
                    placed = true;
                    files.forceDirectory(directory);
                    LOG.info("Kept {} aside as {}", file, aside.getFileName());
                    return aside;
                } catch (FileAlreadyExistsException raced) {
                    // Another process took that name between the check and the move: try the next.
                }
            }
            throw new IOException("could not find a free name to keep " + file + " aside");
        } finally {
            if (!placed) {
                try {
                    files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("Could not remove temporary file {}: {}", temp, e.toString());
                }
            }
        }
    }

    /** Removes the original once its copy is safely aside and nothing is to take its place. */
    public void removeOriginal(Path file) throws IOException {
        files.deleteIfExists(file);
    }
}
