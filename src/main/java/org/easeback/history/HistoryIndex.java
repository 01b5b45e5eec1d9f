package org.easeback.history;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.WriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every session record quickly. The journals are the truth; {@code history-index.json} is a compact summary
 * of them, keyed by journal name (and size, for unfinished sessions: an ended journal is never appended to again).
 * A journal that is new or has grown is read again, one that is gone is dropped, and a missing or damaged index is
 * simply rebuilt from the journals (delete it to force that).
 */
public final class HistoryIndex {

    /** The format tag of the index file. */
    public static final String FORMAT = "easeback-history-index/2";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryIndex.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final DataDirectory data;
    private final AtomicFileWriter writer;
    private final WriteLock lock;

    public HistoryIndex(DataDirectory data) {
        this(data, new AtomicFileWriter(), WriteLock.of(data));
    }

    public HistoryIndex(DataDirectory data, AtomicFileWriter writer, WriteLock lock) {
        this.data = data;
        this.writer = writer;
        this.lock = lock;
    }

    /** Every session, brought up to date with the journals; the index is rewritten if anything changed. */
    public History load() throws IOException {
        Map<String, Entry> indexed = readIndex();
        Map<String, Entry> current = new HashMap<>();
        List<String> problems = new ArrayList<>();
        boolean changed = false;
        Path folder = data.sessions();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> journals = Files.newDirectoryStream(folder, "*" + SessionJournal.EXTENSION)) {
                for (Path journal : journals) {
                    String name = journal.getFileName().toString();
                    Entry known = indexed.get(name);
                    if (known != null && known.record.outcome() != SessionOutcome.UNFINISHED) {
                        current.put(name, known); // an ended journal is never appended to again
                        continue;
                    }
                    long size;
                    try {
                        size = Files.size(journal);
                    } catch (NoSuchFileException gone) {
                        continue;
                    }
                    if (known != null && known.size == size) {
                        current.put(name, known);
                        continue;
                    }
                    changed = true;
                    Entry fresh = readJournal(journal, size, problems);
                    if (fresh != null) {
                        current.put(name, fresh);
                    }
                }
            }
        }
        if (changed || current.size() != indexed.size()) {
            saveIndex(current);
        }
        List<SessionRecord> records = new ArrayList<>(current.size());
        current.values().forEach(e -> records.add(e.record));
        return new History(records, problems);
    }

    private record Entry(long size, SessionRecord record) {
    }

    private static Entry readJournal(Path journal, long size, List<String> problems) {
        try {
            JournalContents contents = JournalReader.read(journal);
            problems.addAll(contents.problems());
            if (contents.events().isEmpty()) {
                if (size > 0) {
                    problems.add("The session journal " + journal + " has no readable start line, so it is left out "
                            + "of the history. It was left as it is.");
                }
                return null;
            }
            return new Entry(size, SessionRecord.of(journal.getFileName().toString(), contents.events()).compact());
        } catch (IOException e) {
            problems.add("The session journal " + journal + " cannot be read (" + e.getMessage()
                    + "), so it is left out of the history.");
            return null;
        }
    }

    private Map<String, Entry> readIndex() {
        Path file = data.historyIndexFile();
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            expect(p.nextToken(), JsonToken.FIELD_NAME);
            if (!"format".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING
                    || !FORMAT.equals(p.getText())) {
                throw new IOException("not a " + FORMAT + " file");
            }
            expect(p.nextToken(), JsonToken.FIELD_NAME);
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String journal = p.nextTextValue();
                long size = nextLong(p);
                String id = p.nextTextValue();
                Instant at = Instant.ofEpochMilli(nextLong(p));
                String receiver = p.nextTextValue();
                String routineId = p.nextTextValue();
                String routineTitle = p.nextTextValue();
                Duration duration = Duration.ofMillis(nextLong(p));
                SessionOutcome outcome = SessionOutcome.valueOf(p.nextTextValue());
                String reason = p.nextTextValue();
                int painStops = (int) nextLong(p);
                int entry = (int) nextLong(p);
                SessionRecord.Steps steps = new SessionRecord.Steps((int) nextLong(p), (int) nextLong(p),
                        (int) nextLong(p), (int) nextLong(p), (int) nextLong(p), (int) nextLong(p));
                Duration handsOn = Duration.ofMillis(nextLong(p));
                expect(p.nextToken(), JsonToken.START_ARRAY);
                List<CheckInRecord> checkIns = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    Instant t = Instant.ofEpochMilli(nextLong(p));
                    int index = (int) nextLong(p);
                    CheckInAnswer answer = CheckInAnswer.values()[(int) nextLong(p)];
                    int number = (int) nextLong(p);
                    Optional<Pressure> before = pressure(nextLong(p));
                    Optional<Pressure> after = pressure(nextLong(p));
                    expect(p.nextToken(), JsonToken.END_ARRAY);
                    checkIns.add(new CheckInRecord(t, index, answer, number, before, after));
                }
                expect(p.nextToken(), JsonToken.START_ARRAY);
                List<SoreSpot> spots = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    p.nextToken();
                    double x = p.getDoubleValue();
                    p.nextToken();
                    double y = p.getDoubleValue();
                    String note = p.nextTextValue();
                    expect(p.nextToken(), JsonToken.END_ARRAY);
                    spots.add(new SoreSpot(x, y, note));
                }
                expect(p.nextToken(), JsonToken.END_ARRAY);
                entries.put(journal, new Entry(size, new SessionRecord(journal, id, at, receiver, routineId,
                        routineTitle, duration, outcome, reason, checkIns, spots, painStops, entry, steps, handsOn,
                        List.of())));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            // The index is only a cache of the journals: rebuild it rather than trust a damaged one.
            LOG.info("The history index {} is unusable ({}); rebuilding it from the journals.", file, e.toString());
            return new HashMap<>();
        }
    }

    private static Optional<Pressure> pressure(long ordinal) {
        return ordinal >= 0 && ordinal < Pressure.values().length ? Optional.of(Pressure.values()[(int) ordinal])
                : Optional.empty();
    }

    private static long nextLong(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("expected a whole number, found " + t);
        }
        return p.getLongValue();
    }

    private static void expect(JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("expected " + wanted + ", found " + found);
        }
    }

    private void saveIndex(Map<String, Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 200 + 64);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("sessions");
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                SessionRecord r = e.getValue().record;
                g.writeRaw('\n');
                g.writeStartArray();
                g.writeString(e.getKey());
                g.writeNumber(e.getValue().size);
                g.writeString(r.sessionId());
                g.writeNumber(r.startedAt().toEpochMilli());
                g.writeString(r.receiverName());
                g.writeString(r.routineId());
                g.writeString(r.routineTitle());
                g.writeNumber(r.duration().toMillis());
                g.writeString(r.outcome().name());
                g.writeString(r.reason());
                g.writeNumber(r.painStops());
                g.writeNumber(r.entryIndex());
                SessionRecord.Steps steps = r.steps();
                for (int n : new int[] {steps.done(), steps.skipped(), steps.notReached(), steps.backs(),
                        steps.restarts(), steps.extensionSeconds()}) {
                    g.writeNumber(n);
                }
                g.writeNumber(r.handsOn().toMillis());
                g.writeStartArray();
                for (CheckInRecord c : r.checkIns()) {
                    g.writeStartArray();
                    g.writeNumber(c.at().toEpochMilli());
                    g.writeNumber(c.entryIndex());
                    g.writeNumber(c.answer().ordinal());
                    g.writeNumber(c.number());
                    g.writeNumber(c.before().map(Enum::ordinal).orElse(-1));
                    g.writeNumber(c.after().map(Enum::ordinal).orElse(-1));
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeStartArray();
                for (SoreSpot s : r.soreSpots()) {
                    g.writeStartArray();
                    g.writeNumber(s.x());
                    g.writeNumber(s.y());
                    g.writeString(s.note());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        try {
            lock.holding(() -> {
                writer.writeWithoutBackup(data.historyIndexFile(), bytes.toByteArray());
                return null;
            });
        } catch (IOException e) {
            // The history is still shown; the index is rebuilt next time.
            LOG.warn("Could not save the history index {}: {}", data.historyIndexFile(), e.getMessage());
        }
    }
}
