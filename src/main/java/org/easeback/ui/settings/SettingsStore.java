package org.easeback.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.easeback.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as {@code {"format": "easeback-settings/1", "theme", "volume", "muted", "paceTicks", "speech"}}.
 * Blocking file I/O: call it through BackgroundTasks. A missing or unreadable file gives the defaults.
 */
public final class SettingsStore {

    public static final String FORMAT = "easeback-settings/1";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final int MAX_BYTES = 64 * 1024;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicFileWriter writer = new AtomicFileWriter();

    /** @param file usually {@code DataDirectory.resolve().settingsFile()} */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The saved settings, or the defaults if there are none or the file cannot be read (logged). */
    public Settings load() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                LOG.warn("Settings file {} is too large; using the default settings", file);
                return Settings.DEFAULTS;
            }
            JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                LOG.warn("Settings file {} is not a JSON object; using the default settings", file);
                return Settings.DEFAULTS;
            }
            Settings d = Settings.DEFAULTS;
            return new Settings(
                    Theme.fromJson(root.path("theme").asText(d.theme().jsonName())),
                    root.path("volume").isNumber() ? root.path("volume").asDouble() : d.volume(),
                    root.path("muted").isBoolean() ? root.path("muted").asBoolean() : d.muted(),
                    root.path("paceTicks").isBoolean() ? root.path("paceTicks").asBoolean() : d.paceTicks(),
                    SpeechSettingsJson.read(root.path("speech")));
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException e) {
            LOG.warn("Could not read settings file {}: {}; using the default settings", file, e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    /** Saves atomically (storage's AtomicFileWriter): a crash leaves the old file or the new one, never half. */
    public void save(Settings settings) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("theme", settings.theme().jsonName());
        root.put("volume", settings.volume());
        root.put("muted", settings.muted());
        root.put("paceTicks", settings.paceTicks());
        root.set("speech", SpeechSettingsJson.write(json, settings.speech()));
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        writer.write(file, bytes);
    }
}
