package org.easeback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.fuzz.ReaderProperty.withinBound;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** Any bytes as settings.json give settings (the defaults when unreadable), in bounded time: never an exception. */
class SettingsStoreFuzzTest {

    private static final Path FILE = tempSettingsFile();

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        Settings settings = withinBound(() -> new SettingsStore(FILE).load());
        assertThat(settings).isNotNull();
        assertThat(settings.theme()).isNotNull();
        assertThat(settings.volume()).isBetween(0.0, 1.0);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        // The store keeps damaged files aside and backups beside the file, so remove the whole folder.
        try (var paths = Files.walk(FILE.getParent())) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path tempSettingsFile() {
        try {
            return Files.createTempDirectory("settings-fuzz").resolve("settings.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
