package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.easeback.routine.Routine;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupHeadStartTest {

    @TempDir
    Path folder;

    @Test
    void readsTheSettingsTakesTheLockAndHasTheLibraryReady() throws Exception {
        Files.writeString(folder.resolve("settings.json"), "{\"format\": \"easeback-settings/1\", \"volume\": 0.25}");
        StartupHeadStart.Ready ready = StartupHeadStart.begin(() -> new DataDirectory(folder), Clock.systemUTC())
                .join();
        try {
            assertThat(ready.data().root()).isEqualTo(folder);
            assertThat(ready.settings().volume()).isEqualTo(0.25);
            assertThat(ready.lock()).isNotNull();
            assertThat(ready.alreadyOpen()).isNull();
            assertThat(ready.library().load().routines()).extracting(Routine::id).contains("partner-short");
        } finally {
            ready.lock().close();
            ready.journaling().close();
        }
    }

    @Test
    void aSecondWindowOnTheSameFolderLearnsThatOneIsAlreadyOpen() throws Exception {
        StartupHeadStart.Ready first = StartupHeadStart.now(() -> new DataDirectory(folder), Clock.systemUTC());
        try {
            StartupHeadStart.Ready second = StartupHeadStart.begin(() -> new DataDirectory(folder),
                    Clock.systemUTC()).join();
            assertThat(second.alreadyOpen()).isNotBlank();
            assertThat(second.lock()).isNull();
            assertThat(second.settings()).isEqualTo(Settings.DEFAULTS);
            second.journaling().close();
        } finally {
            first.lock().close();
            first.journaling().close();
        }
    }
}
