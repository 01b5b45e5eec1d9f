package org.easeback.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.CorruptFileQuarantine;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FormatMigrations;
import org.easeback.storage.FormatTag;
import org.easeback.storage.StoredFileReader;
import org.easeback.storage.StoredFormat;
import org.easeback.storage.StoredJson;
import org.easeback.storage.StoredRead;
import org.easeback.storage.WriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as {@code settings.json} ({@link JsonAdaptedSettings}), like every stored file:
 * read through storage's strict reader (a damaged file is moved aside and its backup loaded), saved atomically
 * under the data folder's write lock. Blocking file I/O: call it through BackgroundTasks. Settings without a usable
 * file are the defaults.
 */
public final class SettingsStore {

    public static final String FORMAT = "easeback-settings/1";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    /** Settings are a few lines; 64 KiB is already far more. */
    static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final WriteLock lock;
    private final StoredFileReader reader;

    /** @param file usually {@code DataDirectory.resolve().settingsFile()}, whose folder holds the write lock */
    public SettingsStore(Path file) {
        this.file = file;
        DataDirectory data = new DataDirectory(file.toAbsolutePath().getParent());
        this.lock = WriteLock.of(data);
        this.reader = new StoredFileReader(FormatMigrations.standard(), new CorruptFileQuarantine(), writer, lock);
    }

    /** The saved settings, or the defaults if there are none or neither the file nor its backup can be used. */
    public Settings load() {
        try {
            StoredRead<Settings> read = reader.read(file, new Format());
            read.messages().forEach(m -> LOG.warn("{} Using the default settings where needed.", m));
            return read.value().orElse(Settings.DEFAULTS);
        } catch (IOException e) {
            LOG.warn("Could not read settings file {}: {}; using the default settings", file, e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    /** Saves atomically under the write lock: a crash leaves the old file or the new one, never half. */
    public void save(Settings settings) throws IOException {
        byte[] bytes = StoredJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(JsonAdaptedSettings.of(settings));
        lock.holding(() -> {
            writer.write(file, bytes);
            return null;
        });
    }

    /** The settings file as a stored format. */
    private static final class Format implements StoredFormat<Settings> {
        @Override
        public FormatTag current() {
            return FormatTag.parse(FORMAT).orElseThrow();
        }

        @Override
        public String description() {
            return "settings";
        }

        @Override
        public long maxBytes() {
            return MAX_BYTES;
        }

        @Override
        public Settings decode(Path file, String text, JsonNode document) throws InvalidContentException {
            return StoredJson.read(document, JsonAdaptedSettings.class).toModel();
        }
    }
}
