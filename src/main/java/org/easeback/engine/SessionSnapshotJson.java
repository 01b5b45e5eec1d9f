package org.easeback.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;

/** Reads and writes {@link SessionSnapshot}s as small JSON objects (durations in milliseconds). */
public final class SessionSnapshotJson {

    /** The format tag every saved snapshot carries. */
    public static final String FORMAT = "easeback-session-snapshot/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionSnapshotJson() {
    }

    public static String write(SessionSnapshot s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("planId", s.planId());
        n.put("entryCount", s.entryCount());
        n.put("entryIndex", s.entryIndex());
        n.put("elapsedInEntryMillis", s.elapsedInEntry().toMillis());
        n.put("pressureShift", s.pressureShift());
        n.put("entryExtensionSeconds", s.entryExtensionSeconds());
        n.put("totalExtensionSeconds", s.totalExtensionSeconds());
        n.put("runningTimeMillis", s.runningTime().toMillis());
        n.put("state", s.state().name());
        return n.toString();
    }

    /** The snapshot in {@code json}; an IOException with a readable message if it is not one. */
    public static SessionSnapshot read(String json) throws IOException {
        JsonNode n = MAPPER.readTree(json);
        if (n == null || !n.isObject() || !FORMAT.equals(n.path("format").asText())) {
            throw new IOException("This is not a saved Easeback session (expected format " + FORMAT + ").");
        }
        try {
            return new SessionSnapshot(
                    text(n, "planId"),
                    integer(n, "entryCount"),
                    integer(n, "entryIndex"),
                    Duration.ofMillis(number(n, "elapsedInEntryMillis")),
                    integer(n, "pressureShift"),
                    integer(n, "entryExtensionSeconds"),
                    integer(n, "totalExtensionSeconds"),
                    Duration.ofMillis(number(n, "runningTimeMillis")),
                    SessionState.valueOf(text(n, "state")));
        } catch (IllegalArgumentException e) {
            throw new IOException("The saved session is damaged (" + e.getMessage() + ").", e);
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return v.asText();
    }

    private static long number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.canConvertToLong()) {
            throw new IllegalArgumentException("'" + key + "' is not a whole number");
        }
        return v.asLong();
    }

    private static int integer(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("'" + key + "' is not a whole number");
        }
        return v.asInt();
    }
}
