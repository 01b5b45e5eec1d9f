package org.easeback.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file-system steps an atomic write is made of, one method each, so tests can make any single step fail and
 * check that the stored file is still whole.
 */
public interface FileOperations {

    /** Creates an empty temporary file in {@code directory}, named after {@code target}. */
    Path createTemp(Path directory, String target) throws IOException;

    /** Writes {@code content} into {@code file}, replacing what is there. */
    void write(Path file, byte[] content) throws IOException;

    /** Forces the file's content to the disk. */
    void force(Path file) throws IOException;

    /** Copies {@code source} to {@code target}, replacing it; the copy need not be atomic. */
    void copy(Path source, Path target) throws IOException;

    /**
     * Moves {@code source} over {@code target} atomically; where the file system cannot, falls back to a plain
     * replacing move and says so in the log.
     */
    void move(Path source, Path target) throws IOException;

    /** Moves {@code source} to {@code target}, which must not exist: it never replaces a file. */
    void moveNew(Path source, Path target) throws IOException;

    /** Forces the directory entry changes to the disk, where the operating system allows it. */
    void forceDirectory(Path directory) throws IOException;

    /** Deletes the file if it exists. */
    void deleteIfExists(Path file) throws IOException;

    /** The real file system. */
    static FileOperations system() {
        return SystemFileOperations.INSTANCE;
    }
}
