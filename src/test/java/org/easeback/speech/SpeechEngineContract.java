package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every real back-end must do, checked on the machine's own engine; each back-end's test runs only where
 * that engine is installed and is skipped, with the probe's reason, elsewhere.
 */
abstract class SpeechEngineContract {

    @TempDir
    Path dir;
    SpeechEngine engine;

    abstract SpeechEngine engine();

    @BeforeEach
    void engineIsInstalled() {
        engine = engine();
        EngineStatus status = engine.status();
        assumeThat(status.available()).as("%s is not available here: %s", status.name(), status.reason()).isTrue();
    }

    private static void assertSpokenWav(Path wav) throws Exception {
        try (InputStream in = Files.newInputStream(wav)) {
            assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        }
        AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat(format.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(format.getFormat().getChannels()).isEqualTo(1);
        double seconds = format.getFrameLength() / (double) format.getFormat().getFrameRate();
        assertThat(seconds).isGreaterThanOrEqualTo(0.3);
        assertThat(WavCheck.check(wav).length()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void rendersAPhraseAsAMonoWavOfAtLeastAThirdOfASecond() throws Exception {
        Path wav = dir.resolve("switch.wav");
        engine.render("Switch sides: right side.", SpeechStyle.DEFAULT, wav);
        assertSpokenWav(wav);
    }

    @Test
    void aTextThatLooksLikeAnOptionIsSpokenNotObeyed() throws Exception {
        Path wav = dir.resolve("dash.wav");
        engine.render("-h --version -o /tmp/elsewhere.wav", SpeechStyle.DEFAULT, wav);
        assertSpokenWav(wav);
        assertThat(Path.of("/tmp/elsewhere.wav")).doesNotExist();
    }

    @Test
    void shellCharactersAndControlCharactersAreOnlyText() throws Exception {
        Path marker = dir.resolve("marker");
        Path wav = dir.resolve("shell.wav");
        engine.render("Calm; touch " + marker + " && echo $HOME `id` \u0007 'quote' \"double\"", SpeechStyle.DEFAULT,
                wav);
        assertSpokenWav(wav);
        assertThat(marker).doesNotExist();
    }

    @Test
    void aSlowerRateTakesLonger() throws Exception {
        Path slow = dir.resolve("slow.wav");
        Path fast = dir.resolve("fast.wav");
        String text = "Slide your thumbs slowly up beside the spine, and never on it.";
        engine.render(text, new SpeechStyle("", 100), slow);
        engine.render(text, new SpeechStyle("", 250), fast);
        assertThat(WavCheck.check(slow).length()).isGreaterThan(WavCheck.check(fast).length());
    }

    @Test
    void everyListedVoiceIsAUsableName() {
        for (String voice : engine.status().voices()) {
            assertThat(new SpeechStyle(voice, SpeechStyle.DEFAULT_RATE).voice()).isEqualTo(voice);
        }
    }
}
