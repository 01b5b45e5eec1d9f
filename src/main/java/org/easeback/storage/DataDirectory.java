package org.easeback.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Easeback keeps its data: the per-OS user data directory, unless overridden.
 * Override order: the {@code easeback.data} system property (the {@code --data} flag sets it), then the
 * {@code EASEBACK_DATA} environment variable, then the OS default.
 */
public record DataDirectory(Path root) {

    public static final String PROPERTY = "easeback.data";
    public static final String ENVIRONMENT = "EASEBACK_DATA";

    /** The data directory for this process. */
    public static DataDirectory resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** Resolution with every input passed in, so each OS can be tested anywhere. */
    static DataDirectory resolve(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return new DataDirectory(Path.of(property));
        }
        String override = env.get(ENVIRONMENT);
        if (override != null && !override.isBlank()) {
            return new DataDirectory(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return new DataDirectory(base.resolve("Easeback"));
        }
        if (os.contains("mac")) {
            return new DataDirectory(Path.of(home, "Library", "Application Support", "Easeback"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new DataDirectory(base.resolve("easeback"));
    }

    /** The user's own routine files. */
    public Path routines() {
        return root.resolve("routines");
    }

    /** The user's own technique catalogs, merged with the bundled one. */
    public Path techniques() {
        return root.resolve("techniques");
    }

    /** One file per receiver. */
    public Path receivers() {
        return root.resolve("receivers");
    }

    /** One JSON Lines journal per session. */
    public Path sessions() {
        return root.resolve("sessions");
    }

    /** Application settings. */
    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The compact summary of every session journal, rebuilt from the journals when missing or stale. */
    public Path historyIndexFile() {
        return root.resolve("history-index.json");
    }

    /** Rendered speech phrases: a cache, safe to delete. */
    public Path speech() {
        return root.resolve("speech");
    }

    /** Log files. */
    public Path logs() {
        return root.resolve("logs");
    }
}
