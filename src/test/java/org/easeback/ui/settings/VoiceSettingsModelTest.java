package org.easeback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.RecordingSpeechEngine;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechTurns;
import org.easeback.speech.SpokenEvent;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.sound.RecordingPlayback;
import org.easeback.ui.sound.SystemVoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice settings without a scene, over a recording fake engine. */
class VoiceSettingsModelTest {

    @TempDir
    Path dir;

    private final SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
    private final RecordingSpeechEngine engine = new RecordingSpeechEngine();
    private final RecordingPlayback playback = new RecordingPlayback();

    private CurrentSettings settings() {
        return new CurrentSettings(Settings.DEFAULTS, tasks, new SettingsStore(dir.resolve("settings.json")));
    }

    private SystemVoice voice() {
        return new SystemVoice(tasks, () -> engine, new PhraseCache(dir.resolve("speech"), 1 << 24), playback,
                SpeechTurns.system());
    }

    @Test
    void eachControlChangesTheSavedVoiceSettings() {
        CurrentSettings settings = settings();
        VoiceSettingsModel model = new VoiceSettingsModel(settings, voice());
        model.enabledProperty().set(false);
        model.voiceProperty().set("fake-voice");
        model.rateProperty().set(200);
        model.volumePercentProperty().set(40);
        model.speaksProperty(SpokenEvent.COUNTDOWN).set(false);
        var speech = settings.get().speech();
        assertThat(speech.enabled()).isFalse();
        assertThat(speech.style().voice()).isEqualTo("fake-voice");
        assertThat(speech.style().wordsPerMinute()).isEqualTo(200);
        assertThat(speech.volume()).isEqualTo(0.4);
        assertThat(speech.events()).doesNotContain(SpokenEvent.COUNTDOWN).contains(SpokenEvent.HALFWAY);
        assertThat(new SettingsStore(dir.resolve("settings.json")).load().speech()).isEqualTo(speech);
    }

    @Test
    void itNamesTheEngineFoundAndOffersItsVoices() {
        VoiceSettingsModel model = new VoiceSettingsModel(settings(), voice());
        assertThat(model.engineFoundProperty().get()).isTrue();
        assertThat(model.engineProperty().get()).isEqualTo("Speech engine: Fake voice");
        assertThat(model.voices()).containsExactly(VoiceSettingsModel.DEFAULT_VOICE, "fake-voice");
    }

    @Test
    void testVoiceSpeaksTheSampleInTheChosenRateAndSaysSo() {
        VoiceSettingsModel model = new VoiceSettingsModel(settings(), voice());
        model.testVoice();
        assertThat(engine.rendered()).containsExactly(SystemVoice.SAMPLE);
        assertThat(playback.played()).hasSize(1);
        assertThat(model.testResultProperty().get()).startsWith("Speaking with Fake voice");
        assertThat(model.testingProperty().get()).isFalse();
    }

    @Test
    void testVoiceSaysWhenTheSoundCannotPlay() {
        playback.failing("The voice cannot play: the audio system is not available (no device).");
        VoiceSettingsModel model = new VoiceSettingsModel(settings(), voice());
        model.testVoice();
        assertThat(model.testResultProperty().get()).contains("audio system is not available");
    }

    @Test
    void withoutAnEngineItSaysWhatToInstall() {
        VoiceSettingsModel model = new VoiceSettingsModel(settings(), SystemVoice.none(tasks));
        assertThat(model.engineFoundProperty().get()).isFalse();
        assertThat(model.engineProperty().get()).isEqualTo(SpeechEngines.NONE_FOUND).contains("install espeak-ng");
        model.testVoice();
        assertThat(model.testResultProperty().get()).contains("install espeak-ng");
    }
}
