package org.easeback.ui.sound;

import org.easeback.cues.Cue;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SoundStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On a build machine there is usually no sound device: the player must carry on silently, never throw. */
@ExtendWith(ApplicationExtension.class)
class AudioClipCuePlayerTest {

    @Start
    void start(Stage stage) {
        // The FX toolkit must be running, as it is in the app.
    }

    @Test
    void playsEveryCueWithoutThrowingWhateverTheAudioSystem() throws Exception {
        try (AudioClipCuePlayer player = new AudioClipCuePlayer(() -> CueSettings.DEFAULT)) {
            boolean sounding = player.ready().get(60, TimeUnit.SECONDS);
            System.out.println("audio-cues-available=" + sounding + " " + player.status().notice().orElse(""));
            // Either the cues sound, or the status says why not: never silence without a word.
            assertThat(player.status().state()).isEqualTo(sounding ? SoundStatus.State.ON : SoundStatus.State.OFF);
            assertThat(player.status().notice().isPresent()).isNotEqualTo(sounding);
            assertThat(Files.list(player.folder()).filter(f -> f.toString().endsWith(".wav")).count())
                    .isEqualTo(Cue.values().length);
            for (Cue cue : Cue.values()) {
                assertThatCode(() -> player.play(cue)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theSoundTestSaysForEveryCueWhetherItPlayed() throws Exception {
        try (AudioClipCuePlayer player = new AudioClipCuePlayer(() -> CueSettings.DEFAULT)) {
            player.ready().get(60, TimeUnit.SECONDS);
            var results = player.testEachCue().get(60, TimeUnit.SECONDS);
            System.out.println("sound-test=" + results);
            assertThat(results).extracting(r -> r.cue()).containsExactly(Cue.values());
            assertThat(results).allSatisfy(r -> assertThat(r.played() || !r.problem().isEmpty()).isTrue());
        }
    }

    @Test
    void mutedSettingsAreReadOnEveryPlayAndNothingIsPlayedAfterClose() {
        AtomicInteger reads = new AtomicInteger();
        AudioClipCuePlayer player = new AudioClipCuePlayer(() -> {
            reads.incrementAndGet();
            return new CueSettings(0.5, true, false);
        });
        player.play(Cue.CHECK_IN);
        player.play(Cue.HALFWAY);
        player.close();
        player.play(Cue.CHECK_IN);
        assertThat(reads.get()).isLessThanOrEqualTo(2);
    }
}
