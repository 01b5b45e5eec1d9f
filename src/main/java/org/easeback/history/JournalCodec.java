package org.easeback.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.easeback.storage.StoredFormat;
import org.easeback.storage.StoredJson;

/**
 * Turns journal events into single JSON lines and back, through {@link JsonAdaptedJournalLine}; the start line
 * carries the journal's format tag.
 */
public final class JournalCodec {

    /** The format tag on the first line of every journal. */
    public static final String FORMAT = "easeback-journal/1";

    private JournalCodec() {
    }

    /** The event as one line of JSON, without the newline. */
    public static String line(JournalEvent event) {
        try {
            return StoredJson.MAPPER.writeValueAsString(JsonAdaptedJournalLine.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal event is plain values", e);
        }
    }

    static String name(JournalEvent event) {
        if (event instanceof JournalEvent.Started) return "start";
        if (event instanceof JournalEvent.EntryStarted) return "entry";
        if (event instanceof JournalEvent.EntryEnded) return "entry-end";
        if (event instanceof JournalEvent.Paused) return "pause";
        if (event instanceof JournalEvent.Resumed) return "resume";
        if (event instanceof JournalEvent.CheckInAnswered) return "check-in";
        if (event instanceof JournalEvent.Extended) return "extend";
        if (event instanceof JournalEvent.PainStop) return "pain-stop";
        if (event instanceof JournalEvent.Stopped) return "stop";
        if (event instanceof JournalEvent.Finished) return "finish";
        if (event instanceof JournalEvent.SafetyDecision) return "safety";
        if (event instanceof JournalEvent.Snapshot) return "snapshot";
        if (event instanceof JournalEvent.Abandoned) return "abandoned";
        return "reopened";
    }

    /** The event on {@code line}. */
    public static JournalEvent parse(String line) throws BadLine {
        JsonNode n;
        try {
            n = StoredJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("it is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new BadLine("it is not a JSON object");
        }
        try {
            return StoredJson.read(n, JsonAdaptedJournalLine.class).toModel();
        } catch (StoredFormat.InvalidContentException e) {
            throw new BadLine(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadLine("a field has a wrong value (" + e.getMessage() + ")");
        }
    }

    /** A journal line that is not a valid event; the message ends "line N is skipped because …". */
    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        public BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
