package org.easeback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("data/settings.json"));
        Settings settings = new Settings(Theme.LIGHT, 0.35, true);
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void savingLeavesNoTemporaryFileOnlyTheSettingsAndTheirBackup() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.DEFAULTS);
        store.save(Settings.DEFAULTS.withMuted(true));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("settings.json", "settings.json.bak", "write.lock");
        }
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"format\" : \"easeback-settings/1\"");
    }

    @Test
    void aMissingFileGivesTheDarkDefaults() {
        Settings loaded = new SettingsStore(dir.resolve("none.json")).load();
        assertThat(loaded).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aCorruptFileGivesTheDefaultsInsteadOfFailing() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"light\", ");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void anUnknownThemeIsDarkMissingValuesTakeTheirDefaultAndVolumeIsClamped() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"format\": \"easeback-settings/1\", \"theme\": \"purple\", \"volume\": 7}");
        assertThat(new SettingsStore(file).load()).isEqualTo(new Settings(Theme.DARK, 1.0, false));
    }

    @Test
    void aFileWithAWrongKindOfValueIsMovedAsideAndItsBackupLoaded() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(new Settings(Theme.LIGHT, 0.5, false));
        store.save(new Settings(Theme.LIGHT, 0.6, false)); // the first save is now the backup
        Files.writeString(dir.resolve("settings.json"), "{\"format\": \"easeback-settings/1\", \"muted\": \"yes\"}");

        assertThat(store.load()).isEqualTo(new Settings(Theme.LIGHT, 0.5, false));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
    }

    @Test
    void aSettingsFileThatIsANamedPipeGivesTheDefaultsAtOnce() throws Exception {
        org.easeback.storage.HostileFiles.fifo(dir.resolve("settings.json"));
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new SettingsStore(dir.resolve("settings.json")).load())).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void aSettingsFileWrittenTodayStillLoads() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\n  \"format\" : \"easeback-settings/1\",\n  \"theme\" : \"light\",\n"
                + "  \"volume\" : 0.35,\n  \"muted\" : true,\n  \"paceTicks\" : true\n}");
        assertThat(new SettingsStore(file).load()).isEqualTo(new Settings(Theme.LIGHT, 0.35, true, true));
    }

    @Test
    void mutedMeansSilentWhateverTheVolume() {
        assertThat(new Settings(Theme.DARK, 0.9, true).effectiveVolume()).isZero();
        assertThat(new Settings(Theme.DARK, 0.9, false).effectiveVolume()).isEqualTo(0.9);
    }

    @Test
    void changingASettingInTheViewModelSavesIt() {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        CurrentSettings current = new CurrentSettings(Settings.DEFAULTS, new SameThreadBackgroundTasks(), store);
        SettingsViewModel model = new SettingsViewModel(current);

        model.volumePercentProperty().set(40);
        model.mutedProperty().set(true);
        model.paceTicksProperty().set(true);

        assertThat(current.get()).isEqualTo(new Settings(Theme.DARK, 0.4, true, true));
        assertThat(store.load()).isEqualTo(new Settings(Theme.DARK, 0.4, true, true));
    }
}
