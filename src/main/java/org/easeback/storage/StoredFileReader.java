package org.easeback.storage;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a stored file safely. A file that is damaged or unreadable is never written over: the reader says which
 * file and what is wrong, moves it aside with {@link CorruptFileQuarantine}, and loads its {@code .bak} if that is
 * valid, putting the backup back in its place.
 */
public final class StoredFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(StoredFileReader.class);
    /** Stored files are small; anything bigger is not ours. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final FormatMigrations migrations;
    private final CorruptFileQuarantine quarantine;
    private final AtomicFileWriter writer;
    private final WriteLock lock;
    private final ByteSource bytes;

    /** Reads a file's bytes; tests replace it to make a file unreadable even for root. */
    @FunctionalInterface
    interface ByteSource {
        byte[] read(Path file) throws IOException;
    }

    public StoredFileReader(FormatMigrations migrations, CorruptFileQuarantine quarantine, AtomicFileWriter writer,
                            WriteLock lock) {
        this(migrations, quarantine, writer, lock, Files::readAllBytes);
    }

    StoredFileReader(FormatMigrations migrations, CorruptFileQuarantine quarantine, AtomicFileWriter writer,
                     WriteLock lock, ByteSource bytes) {
        this.bytes = bytes;
        this.migrations = migrations;
        this.quarantine = quarantine;
        this.writer = writer;
        this.lock = lock;
    }

    /** A reader for a data folder with the standard migrations, quarantine, writer and lock. */
    public static StoredFileReader of(DataDirectory data) {
        return new StoredFileReader(FormatMigrations.standard(), new CorruptFileQuarantine(), new AtomicFileWriter(),
                WriteLock.of(data));
    }

    /** Reads {@code file} as {@code format}, recovering from its backup if it is damaged. */
    public <T> StoredRead<T> read(Path file, StoredFormat<T> format) throws IOException {
        Checked<T> first = check(file, format);
        if (first.value != null) {
            return new StoredRead.Loaded<>(file, first.value);
        }
        if (first.missing && !Files.exists(AtomicFileWriter.backupOf(file))) {
            return new StoredRead.Missing<>(file);
        }
        // Something needs repair: do it under the write lock so a concurrent writer or reader sees one story.
        return lock.holding(() -> repair(file, format));
    }

    private <T> StoredRead<T> repair(Path file, StoredFormat<T> format) throws IOException {
        Checked<T> again = check(file, format); // it may have been repaired or replaced while we waited
        if (again.value != null) {
            return new StoredRead.Loaded<>(file, again.value);
        }
        Path backup = AtomicFileWriter.backupOf(file);
        FileProblem problem = null;
        if (!again.missing) {
            problem = again.problem;
            if (again.leaveAlone) {
                LOG.info("{}", problem.message()); // the caller shows it to the user
                return new StoredRead.Failed<>(file, problem, Optional.empty());
            }
            try {
                problem = problem.movedTo(quarantine.moveAside(file));
            } catch (IOException e) {
                // Unsafe to go on: loading the backup would let the next save write over the damaged file.
                LOG.info("Could not move damaged file {} aside", file, e);
                FileProblem stuck = new FileProblem(file, problem.what() + ", and it could not be moved aside ("
                        + e.getMessage() + "); it was left as it is", Optional.empty());
                return new StoredRead.Failed<>(file, stuck, Optional.empty());
            }
            LOG.info("{}", problem.message()); // the caller shows it to the user
        }
        Checked<T> fromBackup = check(backup, format);
        if (fromBackup.missing) {
            return problem == null ? new StoredRead.Missing<>(file)
                    : new StoredRead.Failed<>(file, problem, Optional.empty());
        }
        if (fromBackup.value == null) {
            if (problem == null) {
                problem = new FileProblem(file, "is missing", Optional.empty());
            }
            return new StoredRead.Failed<>(file, problem, Optional.of(fromBackup.problem));
        }
        try {
            writer.write(file, bytes.read(backup));
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
        FileProblem problem;
        boolean missing;
        boolean leaveAlone;
    }

    private <T> Checked<T> check(Path file, StoredFormat<T> format) {
        Checked<T> c = new Checked<>();
        try {
            c.value = decode(file, format);
        } catch (NoSuchFileException e) {
            c.missing = true;
        } catch (Problem p) {
            c.problem = new FileProblem(file, p.getMessage(), Optional.empty());
            c.leaveAlone = p.leaveAlone;
        } catch (AccessDeniedException e) {
            c.problem = new FileProblem(file, "cannot be read: permission is denied. Check its permissions",
                    Optional.empty());
        } catch (IOException e) {
            c.problem = new FileProblem(file, "cannot be read (" + e.getMessage() + ")", Optional.empty());
        }
        return c;
    }

    private <T> T decode(Path file, StoredFormat<T> format) throws IOException, Problem {
        if (Files.isDirectory(file)) {
            throw new Problem("is a folder, not a file");
        }
        if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
            throw new Problem("is far too large to be an Easeback " + format.description() + " file");
        }
        byte[] bytes = this.bytes.read(file);
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new Problem("is empty; it was probably cut off while being saved");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem("is damaged: it contains bytes that are not UTF-8 text");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonEOFException e) {
            throw new Problem("is damaged: it ends part way through, as if it was cut off while being saved"
                    + at(e));
        } catch (JsonParseException e) {
            throw new Problem("is damaged: it is not valid JSON (" + e.getOriginalMessage() + ")" + at(e));
        } catch (JsonProcessingException e) {
            throw new Problem("is damaged: it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode document)) {
            throw new Problem("is damaged: it should hold a JSON object, between { and }");
        }
        FormatTag current = format.current();
        JsonNode tagNode = document.get("format");
        if (tagNode == null || !tagNode.isTextual()) {
            throw new Problem("has no \"format\" tag, so it is not an Easeback " + format.description()
                    + " file (expected \"format\": \"" + current + "\")");
        }
        Optional<FormatTag> tag = FormatTag.parse(tagNode.asText());
        if (tag.isEmpty() || !tag.get().kind().equals(current.kind())) {
            throw new Problem("is not an Easeback " + format.description() + " file: its format is \""
                    + tagNode.asText() + "\", expected \"" + current + "\"");
        }
        ObjectNode migrated;
        try {
            migrated = migrations.migrate(document, tag.get(), current);
        } catch (FormatMigrations.FormatException e) {
            Problem p = new Problem("cannot be opened: " + e.getMessage()
                    + (e.reason() == FormatMigrations.FormatException.Reason.NEWER ? "; it was left as it is" : ""));
            p.leaveAlone = e.reason() == FormatMigrations.FormatException.Reason.NEWER;
            throw p;
        }
        try {
            return format.decode(file, text, migrated);
        } catch (StoredFormat.InvalidContentException e) {
            throw new Problem("is damaged: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String at(StreamReadException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** A file is unusable; the message ends a sentence that starts with the file's name. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        boolean leaveAlone;

        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
