package org.easeback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that, whatever happens part way, it holds either its old content or its new content, never
 * a mix: write a temporary file in the same folder, sync it, keep the old version as {@code NAME.bak}, move the new
 * one into place atomically, then sync the folder.
 */
public final class AtomicFileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);
    private final FileOperations files;

    public AtomicFileWriter() {
        this(FileOperations.system());
    }

    public AtomicFileWriter(FileOperations files) {
        this.files = files;
    }

    /** The backup kept of {@code file}: the version before the last write. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Writes {@code content} to {@code target} atomically, keeping the previous version as its backup. */
    public void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /** Writes {@code content} to {@code target} atomically without a backup: for exports into the user's folders. */
    public void writeWithoutBackup(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    private void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = files.createTemp(directory, absolute.getFileName().toString());
        boolean moved = false;
        try {
            files.write(temp, content);
            files.force(temp);
            if (keepBackup && Files.exists(absolute)) {
                keepBackup(absolute);
            }
            files.move(temp, absolute);
            moved = true;
            files.forceDirectory(directory);
            LOG.debug("Wrote {} ({} bytes)", absolute, content.length);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Copies the current version to NAME.bak through its own temporary file, so the backup is never half-written. */
    private void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temp = files.createTemp(target.getParent(), backup.getFileName().toString());
        boolean moved = false;
        try {
            files.copy(target, temp);
            files.force(temp);
            files.move(temp, backup);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private void deleteQuietly(Path temp) {
        try {
            files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.debug("Could not remove temporary file {}: {}", temp, e.toString());
        }
    }
}
