package org.easeback.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.easeback.storage.AtomicFileWriter;

/** How receivers' files are named: a slug of the name, a free one never taken by a file or a left-over backup. */
final class ReceiverFileNames {

    private final Path folder;

    ReceiverFileNames(Path folder) {
        this.folder = folder;
    }

    /**
     * A file for {@code name} that no receiver uses: slug.json, slug-2.json, … A name whose only trace is a
     * {@code .bak} counts as taken, so a new receiver never writes over a backup that is all that is left of another.
     */
    Path freeFile(String name) throws IOException {
        Files.createDirectories(folder);
        String slug = ReceiverSlug.of(name);
        Path file = folder.resolve(slug + ".json");
        for (int n = 2; Files.exists(file) || Files.exists(AtomicFileWriter.backupOf(file)); n++) {
            file = folder.resolve(slug + "-" + n + ".json");
        }
        return file;
    }

    /** Names are the same receiver when they match ignoring case and surrounding space. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** A short fingerprint of a file's bytes, to notice a change made elsewhere. */
    static String revision(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
