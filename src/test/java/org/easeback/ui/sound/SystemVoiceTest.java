package org.easeback.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.easeback.cues.Cue;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.speech.BundledPlans;
import org.easeback.speech.Narration;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.RecordingSpeechEngine;
import org.easeback.speech.RenderedNarration;
import org.easeback.speech.SessionNarrator;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechTurns;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's voice over a recording fake engine: rendering ahead, the session's narrator, Test voice, no engine. */
class SystemVoiceTest {

    @TempDir
    Path dir;

    private final RecordingSpeechEngine engine = new RecordingSpeechEngine();
    private final RecordingPlayback playback = new RecordingPlayback();

    private SystemVoice voice(RecordingSpeechEngine e) {
        return new SystemVoice(new SameThreadBackgroundTasks(), () -> e, new PhraseCache(dir, 1 << 26), playback,
                SpeechTurns.system());
    }

    @Test
    void aCompiledPlanHasEveryPhraseRenderedIntoTheCache() {
        SystemVoice voice = voice(engine);
        Plan plan = BundledPlans.partnerShort();
        RenderedNarration rendered = voice.renderNow(plan, SpeechSettings.DEFAULT);
        assertThat(rendered.failures()).isEmpty();
        assertThat(rendered.phrases().keySet()).containsExactlyInAnyOrderElementsOf(Narration.of(plan).phrases());
        assertThat(voice.statusProperty().get().available()).isTrue();
        // A second compile of the same plan finds them all in the cache.
        int renders = engine.rendered().size();
        voice.renderNow(plan, SpeechSettings.DEFAULT);
        assertThat(engine.rendered()).hasSize(renders);
    }

    @Test
    void withTheVoiceOffNothingIsRenderedOrSpoken() {
        SystemVoice voice = voice(engine);
        Plan plan = BundledPlans.partnerShort();
        assertThat(voice.renderNow(plan, SpeechSettings.OFF)).isEqualTo(RenderedNarration.NONE);
        SessionNarrator narrator = voice.narrator(plan, () -> SpeechSettings.OFF);
        Session session = new Session(plan, SessionClock.system());
        session.addListener(narrator);
        session.start();
        assertThat(engine.rendered()).isEmpty();
        assertThat(playback.played()).isEmpty();
    }

    @Test
    void theSessionsNarratorSpeaksTheFirstEntryFromTheCache() {
        SystemVoice voice = voice(engine);
        Plan plan = BundledPlans.partnerShort();
        SessionNarrator narrator = voice.narrator(plan, () -> SpeechSettings.DEFAULT);
        Session session = new Session(plan, SessionClock.system());
        session.addListener(narrator);
        session.start();
        assertThat(playback.played()).hasSize(1);
        assertThat(playback.played().get(0).getParent()).isEqualTo(dir);
    }

    @Test
    void testVoiceSpeaksTheSampleOrSaysWhyNot() {
        List<SystemVoice.TestResult> results = new ArrayList<>();
        voice(engine).test(SpeechSettings.DEFAULT, results::add);
        assertThat(engine.rendered()).containsExactly(SystemVoice.SAMPLE);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.spoke()).isTrue();
            assertThat(r.message()).contains("Fake voice");
        });
        playback.failing("The voice cannot play: no audio device.");
        voice(engine).test(SpeechSettings.DEFAULT, results::add);
        assertThat(results.get(1).spoke()).isFalse();
        assertThat(results.get(1).message()).contains("no audio device");
    }

    @Test
    void withNoEngineEverythingIsSilentAndSettingsCanSaySo() {
        SystemVoice voice = SystemVoice.none(new SameThreadBackgroundTasks());
        assertThat(voice.statusProperty().get().available()).isFalse();
        assertThat(voice.statusProperty().get().reason()).isEqualTo(SpeechEngines.NONE_FOUND);
        Plan plan = BundledPlans.partnerShort();
        assertThat(voice.renderNow(plan, SpeechSettings.DEFAULT).phrases()).isEmpty();
        AtomicReference<SystemVoice.TestResult> result = new AtomicReference<>();
        voice.test(SpeechSettings.DEFAULT, result::set);
        assertThat(result.get().spoke()).isFalse();
        assertThat(result.get().message()).contains("install espeak-ng");
        Session session = new Session(plan, SessionClock.system());
        session.addListener(voice.narrator(plan, () -> SpeechSettings.DEFAULT));
        session.start();
    }

    @Test
    void tonesGiveWayToAPhraseThatIsPlaying() {
        SystemVoice voice = voice(engine);
        List<Cue> heard = new ArrayList<>();
        var cues = voice.takingTurns(heard::add);
        cues.play(Cue.ENTRY_START);
        assertThat(heard).containsExactly(Cue.ENTRY_START);
        Plan plan = BundledPlans.partnerShort();
        SessionNarrator narrator = voice.narrator(plan, () -> SpeechSettings.DEFAULT);
        Session session = new Session(plan, SessionClock.system());
        session.addListener(narrator); // the first entry's title is now playing for a few seconds
        session.start();
        cues.play(Cue.PACE_TICK);
        assertThat(heard).containsExactly(Cue.ENTRY_START);
    }
}
