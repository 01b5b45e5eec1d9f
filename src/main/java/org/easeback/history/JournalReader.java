package org.easeback.history;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.easeback.storage.FileRead;
import org.easeback.storage.StrictFileReader;
import org.easeback.storage.Utf8Text;

/** Reads a session journal, line by line, skipping what a crash or a bad disk damaged instead of giving up. */
public final class JournalReader {

    /** A journal of hours with a snapshot at every entry is well under a megabyte; 16 MiB is not a journal. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Times a journal may hold: a clock set far off, or a hand-edited line, beyond these breaks every sum. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private JournalReader() {
    }

    /**
     * Every readable event of {@code file}, read through storage's strict reader: a pipe, a device, a link out of
     * the sessions folder or a file over 16 MiB gives no events and one sentence.
     */
    public static JournalContents read(Path file) throws IOException {
        FileRead read = StrictFileReader.besideItself().read(file, MAX_BYTES);
        if (read instanceof FileRead.Refused refused) {
            if (refused.reason() == FileRead.Refusal.MISSING) {
                throw new NoSuchFileException(file.toString());
            }
            return new JournalContents(file, List.of(), List.of("The session journal " + file + " " + refused.what()
                    + ", so it is left out of the history. It was left as it is."), false);
        }
        return parse(file, ((FileRead.Bytes) read).bytes());
    }

    static JournalContents parse(Path file, byte[] bytes) {
        List<JournalEvent> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean torn = false;
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            boolean complete = end < bytes.length;
            // Each line is decoded on its own (a bad byte costs one line); a byte-order mark at its start is skipped.
            String line = Utf8Text.decode(bytes, start, end - start) instanceof Utf8Text.Text t
                    ? t.text().strip() : null;
            if (line != null && line.isEmpty()) {
                start = end + 1;
                continue;
            }
            try {
                if (line == null) {
                    throw new JournalCodec.BadLine("it is not UTF-8 text");
                }
                JournalEvent event = JournalCodec.parse(line);
                if (event.at().isBefore(EARLIEST) || event.at().isAfter(LATEST)) {
                    throw new JournalCodec.BadLine("its time \"" + event.at() + "\" is out of range (a journal holds "
                            + "times from 1970 to 9999)");
                }
                if (events.isEmpty() != (event instanceof JournalEvent.Started)) {
                    throw new JournalCodec.BadLine(events.isEmpty()
                            ? "a journal must start with a start event" : "a journal has only one start event");
                }
                events.add(event);
            } catch (JournalCodec.BadLine bad) {
                if (complete) {
                    problems.add("Line " + lineNumber + " of the session journal " + file + " is skipped because "
                            + bad.getMessage() + ".");
                } else {
                    torn = true; // cut off mid-write by a crash: only this last event is lost
                }
            }
            start = end + 1;
        }
        return new JournalContents(file, events, problems, torn);
    }
}
