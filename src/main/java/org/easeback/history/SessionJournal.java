package org.easeback.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.easeback.storage.DataDirectory;

/**
 * The journal of one session, appended to as it happens: one JSON line per event, each written straight to the
 * file (so a crash of the app loses nothing written), and synced to the disk at the start, at check-ins and at
 * stops (so a power cut loses at most the current entry's progress). Append from one thread at a time, never the
 * JavaFX thread.
 */
public final class SessionJournal implements AutoCloseable {

    /** The extension of journal files in the sessions folder. */
    public static final String EXTENSION = ".jsonl";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final FileChannel channel;
    /** Every event of the journal: those read when it was reopened, then every one appended. */
    private final List<JournalEvent> events;

    private SessionJournal(Path file, FileChannel channel, List<JournalEvent> events) {
        this.file = file;
        this.channel = channel;
        this.events = new ArrayList<>(events);
    }

    /** Creates the journal of a new session in the data folder's sessions folder and writes its start line. */
    public static SessionJournal start(DataDirectory data, JournalEvent.Started start) throws IOException {
        Path folder = data.sessions();
        Files.createDirectories(folder);
        String stem = NAME.format(start.at()) + "-" + safe(start.sessionId());
        Path file = folder.resolve(stem + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + EXTENSION);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        SessionJournal journal = new SessionJournal(file, channel, List.of());
        try {
            journal.append(start);
        } catch (IOException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /**
     * Opens an existing journal to go on appending, after cutting off a last line that a crash left half-written
     * (so the next event starts on a line of its own).
     */
    public static SessionJournal reopen(Path file) throws IOException {
        List<JournalEvent> before = JournalReader.read(file).events();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
                channel.force(true);
            }
            channel.position(keep);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new SessionJournal(file, channel, before);
    }

    public Path file() {
        return file;
    }

    /** Appends one event as a line; syncs the file when the event is one of those that must survive a power cut. */
    public synchronized void append(JournalEvent event) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((JournalCodec.line(event) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        if (event.syncs()) {
            channel.force(false);
        }
        events.add(event);
    }

    /** Every event in the journal so far, the start line first (lines a crash damaged are left out). */
    public synchronized List<JournalEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            channel.force(false);
            channel.close();
        }
    }

    private static String safe(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9]", "");
        return s.isEmpty() ? "session" : s.substring(0, Math.min(12, s.length()));
    }
}
