package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** eSpeak NG on this machine (installed by .ci/run where it can be). */
class EspeakNgEngineContractTest extends SpeechEngineContract {

    @Override
    SpeechEngine engine() {
        return new EspeakNgEngine(new ProcessRunner());
    }

    @Test
    void offersEnglishAndRendersWithAChosenVoice() throws Exception {
        assertThat(engine.status().voices()).contains("en-us");
        Path wav = dir.resolve("gb.wav");
        engine.render("Halfway.", new SpeechStyle("en-gb", 150), wav);
        assertThat(WavCheck.check(wav).channels()).isEqualTo(1);
    }
}
