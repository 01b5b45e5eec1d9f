package org.easeback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a stored file safely, through {@link StrictFileReader} and {@link StoredDecoder}. A damaged or unreadable
 * file is never written over: the reader says which file and what is wrong, copies it aside with
 * {@link CorruptFileQuarantine}, and, if its {@code .bak} is valid, replaces it atomically with the backup. The
 * damaged file stays in place until the backup is, so a crash at any moment of the repair leaves something
 * loadable under the file's name. A pipe, a device or a link out of the folder is reported and left alone.
 */
public final class StoredFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(StoredFileReader.class);

    private final StoredDecoder decoder;
    private final CorruptFileQuarantine quarantine;
    private final AtomicFileWriter writer;
    private final WriteLock lock;
    private final ByteSource bytes;

    /** Opens a file for reading; tests replace it to make a file unreadable even for root. */
    @FunctionalInterface
    interface ByteSource {
        FileRead read(Path file, long maxBytes);
    }

    public StoredFileReader(FormatMigrations migrations, CorruptFileQuarantine quarantine, AtomicFileWriter writer,
                            WriteLock lock) {
        this(migrations, quarantine, writer, lock, StoredFileReader::readInItsFolder);
    }

    StoredFileReader(FormatMigrations migrations, CorruptFileQuarantine quarantine, AtomicFileWriter writer,
                     WriteLock lock, ByteSource bytes) {
        this.decoder = new StoredDecoder(migrations);
        this.quarantine = quarantine;
        this.writer = writer;
        this.lock = lock;
        this.bytes = bytes;
    }

    /** A reader for a data folder with the standard migrations, quarantine, writer and lock. */
    public static StoredFileReader of(DataDirectory data) {
        return new StoredFileReader(FormatMigrations.standard(), new CorruptFileQuarantine(), new AtomicFileWriter(),
                WriteLock.of(data));
    }

    private static FileRead readInItsFolder(Path file, long maxBytes) {
        return StrictFileReader.besideItself().read(file, maxBytes);
    }

    /** Reads {@code file} as {@code format}, recovering from its backup if it is damaged or missing. */
    public <T> StoredRead<T> read(Path file, StoredFormat<T> format) throws IOException {
        Checked<T> first = check(file, format);
        if (first.value != null) {
            return new StoredRead.Loaded<>(file, first.value);
        }
        if (first.missing && !Files.exists(AtomicFileWriter.backupOf(file))) {
            return new StoredRead.Missing<>(file);
        }
        if (first.leaveAlone) {
            LOG.info("{}", first.problem.message()); // the caller shows it to the user
            return new StoredRead.Failed<>(file, first.problem, Optional.empty());
        }
        // Something needs repair: do it under the write lock so a concurrent writer or reader sees one story.
        return lock.holding(() -> repair(file, format));
    }

    private <T> StoredRead<T> repair(Path file, StoredFormat<T> format) throws IOException {
        Checked<T> again = check(file, format); // it may have been repaired or replaced while we waited
        if (again.value != null) {
            return new StoredRead.Loaded<>(file, again.value);
        }
        if (again.leaveAlone) {
            return new StoredRead.Failed<>(file, again.problem, Optional.empty());
        }
        FileProblem problem = again.missing ? null : again.problem;
        if (problem != null) {
            try {
                problem = problem.movedTo(quarantine.copyAside(file));
            } catch (IOException e) {
                // Unsafe to go on: replacing the file would lose the only copy of what was in it.
                LOG.info("Could not keep damaged file {} aside", file, e);
                FileProblem stuck = new FileProblem(file, problem.what() + ", and it could not be moved aside ("
                        + e.getMessage() + "); it was left as it is", Optional.empty());
                return new StoredRead.Failed<>(file, stuck, Optional.empty());
            }
            LOG.info("{}", problem.message()); // the caller shows it to the user
        }
        Path backup = AtomicFileWriter.backupOf(file);
        Checked<T> fromBackup = check(backup, format);
        if (fromBackup.value == null) {
            if (problem != null) {
                // Its copy is aside and there is nothing to put in its place: the next save starts afresh.
                quarantine.removeOriginal(file);
            }
            if (fromBackup.missing) {
                return problem == null ? new StoredRead.Missing<>(file)
                        : new StoredRead.Failed<>(file, problem, Optional.empty());
            }
            return new StoredRead.Failed<>(file, problem == null
                    ? new FileProblem(file, "is missing", Optional.empty()) : problem,
                    Optional.of(fromBackup.problem));
        }
        try {
            // Over the damaged file in one atomic step, without making the damaged file the new backup.
            writer.writeWithoutBackup(file, fromBackup.bytes);
        } catch (IOException e) {
            LOG.info("Loaded the backup of {} but could not put it back in place", file, e);
        }
        if (problem == null) {
            problem = new FileProblem(file, "was missing", Optional.empty());
        }
        LOG.info("Recovered {} from its backup", file);
        return new StoredRead.Recovered<>(file, fromBackup.value, problem);
    }

    /** The outcome of checking one file. */
    private static final class Checked<T> {
        T value;
        byte[] bytes;
        FileProblem problem;
        boolean missing;
        boolean leaveAlone;
    }

    private <T> Checked<T> check(Path file, StoredFormat<T> format) {
        Checked<T> c = new Checked<>();
        FileRead read = bytes.read(file, format.maxBytes());
        try {
            if (read instanceof FileRead.Refused refused) {
                if (refused.reason() == FileRead.Refusal.MISSING) {
                    c.missing = true;
                    return c;
                }
                throw StoredDecoder.refused(refused, format);
            }
            c.bytes = ((FileRead.Bytes) read).bytes();
            c.value = decoder.decode(c.bytes, file, format);
        } catch (StoredDecoder.Problem p) {
            c.problem = new FileProblem(file, p.getMessage(), Optional.empty());
            c.leaveAlone = p.leaveAlone;
        }
        return c;
    }
}
