package org.easeback.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered phrases on disk, one WAV file each, named by the SHA-256 of engine, voice, rate and text. Every file is
 * written atomically and checked when read: a damaged one is deleted and rendered again. The folder is kept under
 * a size cap by deleting the phrases used least recently (a hit refreshes a file's modification time).
 * Thread-safe within one process; two processes sharing the folder at worst render a phrase twice.
 */
public final class PhraseCache {

    private static final Logger LOG = LoggerFactory.getLogger(PhraseCache.class);
    /** About two hours of speech at 22 kHz, far more than every bundled routine needs. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private static final String SUFFIX = ".wav";

    private final Path folder;
    private final long maxBytes;
    private final AtomicFileWriter writer;

    public PhraseCache(Path folder, long maxBytes) {
        this(folder, maxBytes, new AtomicFileWriter());
    }

    PhraseCache(Path folder, long maxBytes, AtomicFileWriter writer) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The cache needs room for at least one byte.");
        }
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.writer = writer;
    }

    /** The cache in the data folder's {@code speech/}. */
    public static PhraseCache in(DataDirectory data) {
        return new PhraseCache(data.speech(), DEFAULT_MAX_BYTES);
    }

    public Path folder() {
        return folder;
    }

    /** The cache key: SHA-256 over engine, voice, rate and text, each length-prefixed so no two inputs collide. */
    public static String key(String engineId, SpeechStyle style, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(engineId, style.voice(), Integer.toString(style.wordsPerMinute()), text)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Where the phrase lives (whether or not it has been rendered yet). */
    public Path fileFor(String engineId, SpeechStyle style, String text) {
        return folder.resolve(key(engineId, style, text) + SUFFIX);
    }

    /** The phrase, rendered now by {@code engine} if it is missing or damaged. Blocks: call it on a worker. */
    public synchronized CachedPhrase phrase(SpeechEngine engine, SpeechStyle style, String text)
            throws SpeechException {
        Path file = fileFor(engine.id(), style, text);
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    WavCheck.WavInfo info = WavCheck.check(file);
                    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
                    return new CachedPhrase(text, file, info.length());
                } catch (SpeechException damaged) {
                    LOG.warn("Rendering a damaged cached phrase again: {}", damaged.getMessage());
                    Files.deleteIfExists(file);
                }
            }
            Files.createDirectories(folder);
            Path temp = folder.resolve(".render-" + UUID.randomUUID() + SUFFIX);
            try {
                engine.render(text, style, temp);
                WavCheck.WavInfo info = WavCheck.check(temp);
                writer.writeWithoutBackup(file, Files.readAllBytes(temp));
                return new CachedPhrase(text, file, info.length());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new SpeechException("The speech cache in '" + folder + "' cannot be written (" + e.getMessage()
                    + "). Check that the data folder is writable.", e);
        }
    }

    /**
     * Deletes the least recently used phrases until the folder holds at most the cap, never one in {@code keep}
     * (the phrases of the session about to run). Returns how many bytes it holds now.
     */
    public synchronized long evict(Set<Path> keep) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path p : files) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue; // a render in progress
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    entries.add(new Entry(p, a.size(), a.lastModifiedTime()));
                    total += a.size();
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the speech cache {}: {}", folder, e.toString());
            return total;
        }
        entries.sort(Comparator.comparing(Entry::modified));
        for (Entry e : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (keep.contains(e.file())) {
                continue;
            }
            try {
                Files.deleteIfExists(e.file());
                total -= e.size();
            } catch (IOException ex) {
                LOG.debug("Could not evict {}: {}", e.file(), ex.toString());
            }
        }
        return total;
    }

    private record Entry(Path file, long size, FileTime modified) {
    }
}
