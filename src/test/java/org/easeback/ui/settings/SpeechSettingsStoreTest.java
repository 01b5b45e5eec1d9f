package org.easeback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechStyle;
import org.easeback.speech.SpokenEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice settings in settings.json: saved and read back, and older or damaged files still load. */
class SpeechSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void theVoiceSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = new Settings(Theme.LIGHT, 0.4, false, true, new SpeechSettings(false,
                new SpeechStyle("en-gb", 180), 0.6, EnumSet.of(SpokenEvent.ENTRY_START, SpokenEvent.CHECK_IN)));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(store.load().speech().events()).containsExactlyInAnyOrder(SpokenEvent.ENTRY_START,
                SpokenEvent.CHECK_IN, SpokenEvent.PAIN_STOP);
    }

    @Test
    void aFileFromBeforeTheVoiceGetsTheDefaultVoiceAndKeepsEverythingElse() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"format\":\"easeback-settings/1\",\"theme\":\"light\",\"volume\":0.3,"
                + "\"muted\":true,\"paceTicks\":true}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded).isEqualTo(new Settings(Theme.LIGHT, 0.3, true, true, SpeechSettings.DEFAULT));
    }

    @Test
    void eachBadVoiceFieldFallsBackAloneWithoutResettingTheOthers() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"format\":\"easeback-settings/1\",\"theme\":\"light\",\"speech\":{\"enabled\":false,\"voice\":\"--output=/etc\","
                + "\"rate\":99999,\"volume\":\"loud\",\"events\":[\"halfway\",\"nonsense\",7]}}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
        SpeechSettings speech = loaded.speech();
        assertThat(speech.enabled()).isFalse();
        assertThat(speech.style().voice()).isEmpty();
        assertThat(speech.style().wordsPerMinute()).isEqualTo(SpeechStyle.MAX_RATE);
        assertThat(speech.volume()).isEqualTo(SpeechSettings.DEFAULT.volume());
        assertThat(speech.events()).containsExactlyInAnyOrder(SpokenEvent.HALFWAY, SpokenEvent.PAIN_STOP);
    }

    @Test
    void changingTheThemeKeepsTheVoiceSettings() {
        SpeechSettings quiet = new SpeechSettings(true, new SpeechStyle("", 120), 0.2,
                EnumSet.of(SpokenEvent.COUNTDOWN));
        CurrentSettings current = new CurrentSettings(Settings.DEFAULTS.withSpeech(quiet),
                new org.easeback.ui.kit.SameThreadBackgroundTasks(), new SettingsStore(dir.resolve("s.json")));
        SettingsViewModel model = new SettingsViewModel(current);
        model.themeProperty().set(Theme.LIGHT);
        model.mutedProperty().set(true);
        assertThat(current.get().theme()).isEqualTo(Theme.LIGHT);
        assertThat(current.get().speech()).isEqualTo(quiet);
    }
}
