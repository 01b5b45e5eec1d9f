package org.easeback.ui.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easeback.storage.DataDirectory;

/** A data folder's own files for library tests: a technique of one's own, routines that use it, broken ones. */
public final class UserFiles {

    public static final String CATALOG = """
            {"format": "easeback-techniques/1", "techniques": [
              {"id": "palm-press", "name": "Palm press", "audience": "partner", "level": "home",
               "levelReason": "Gentle, on the muscles.", "pressure": "gentle", "maxPressure": "moderate",
               "works": ["lower-back"], "avoids": ["spine"], "instructions": ["Press gently with the palm."],
               "diagram": {"motion": "press", "hands": [{"x": 0.3, "y": 0.5}], "path": []}}]}
            """;

    private UserFiles() {
    }

    /** A partner routine of one's own that uses the user technique {@code palm-press}. */
    public static String routine(String id, String title, String author) {
        return """
                {"format": "easeback-routine/1", "id": "%s", "title": "%s", %s"audience": "partner",
                 "steps": [{"kind": "technique", "technique": "palm-press", "seconds": 60},
                           {"kind": "check-in"},
                           {"kind": "technique", "technique": "thumb-glide", "seconds": 60}]}
                """.formatted(id, title, author == null ? "" : "\"author\": \"" + author + "\", ");
    }

    /** Writes the user catalog into {@code data}'s techniques folder. */
    public static void catalog(DataDirectory data) throws IOException {
        Files.createDirectories(data.techniques());
        Files.writeString(data.techniques().resolve("mine.json"), CATALOG);
    }

    /** Writes {@code text} as {@code name} in {@code data}'s routines folder, creating it. */
    public static Path write(DataDirectory data, String name, String text) throws IOException {
        Files.createDirectories(data.routines());
        return Files.writeString(data.routines().resolve(name), text);
    }
}
