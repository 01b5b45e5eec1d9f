package org.easeback.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.easeback.storage.StoredFormat;
import org.easeback.storage.StoredJson;

/** Reads and writes {@link SessionSnapshot}s as small JSON objects ({@link JsonAdaptedSnapshot}; durations in ms). */
public final class SessionSnapshotJson {

    /** The format tag every saved snapshot carries. */
    public static final String FORMAT = "easeback-session-snapshot/1";

    private SessionSnapshotJson() {
    }

    public static String write(SessionSnapshot s) {
        try {
            return StoredJson.MAPPER.writeValueAsString(JsonAdaptedSnapshot.of(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot is plain values", e);
        }
    }

    /** The snapshot in {@code json}; an IOException with a readable message if it is not one. */
    public static SessionSnapshot read(String json) throws IOException {
        JsonNode n;
        try {
            n = StoredJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            n = null;
        }
        if (n == null || !n.isObject() || !FORMAT.equals(n.path("format").asText())) {
            throw new IOException("This is not a saved Easeback session (expected format " + FORMAT + ").");
        }
        try {
            return StoredJson.read(n, JsonAdaptedSnapshot.class).toModel();
        } catch (StoredFormat.InvalidContentException | IllegalArgumentException e) {
            throw new IOException("The saved session is damaged (" + e.getMessage() + ").", e);
        }
    }
}
