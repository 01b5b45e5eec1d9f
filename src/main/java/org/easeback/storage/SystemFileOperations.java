package org.easeback.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link FileOperations} on the real file system. */
final class SystemFileOperations implements FileOperations {

    static final SystemFileOperations INSTANCE = new SystemFileOperations();
    private static final Logger LOG = LoggerFactory.getLogger(SystemFileOperations.class);
    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    private SystemFileOperations() {
    }

    @Override
    public Path createTemp(Path directory, String target) throws IOException {
        // A leading dot and a .tmp suffix keep it out of every "*.json" listing.
        return Files.createTempFile(directory, "." + target + ".", ".tmp");
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    @Override
    public void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system of {} cannot replace files atomically; using a plain move instead.", target);
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void moveNew(Path source, Path target) throws IOException {
        // Without ATOMIC_MOVE or REPLACE_EXISTING the move fails if the target exists (an atomic rename would not).
        Files.move(source, target);
    }

    @Override
    public void forceDirectory(Path directory) throws IOException {
        if (WINDOWS) {
            return; // Windows cannot open a directory as a channel; NTFS journals the rename itself.
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to sync a directory; the data file itself is already synced.
            LOG.debug("Could not sync directory {}: {}", directory, e.toString());
        }
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
