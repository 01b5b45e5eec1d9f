package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.easeback.cues.Cue;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SessionCues;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionState;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short partner routine played at its real pace, spoken through the real narrator and cue listener: every
 * entry's opening phrase is played, so a giver who does not look up still hears each step.
 */
class WholeSessionNarrationTest {

    @TempDir
    Path dir;

    @Test
    void everyEntryOfTheShortPartnerRoutineIsSpokenAtItsRealPace() throws Exception {
        FakeClock clock = new FakeClock();
        ManualDelays delays = new ManualDelays(clock::nanoTime);
        SpeechTurns turns = new SpeechTurns(clock::nanoTime, delays);
        RecordingSpeechOutput output = new RecordingSpeechOutput(clock::nanoTime);
        Plan plan = BundledPlans.partnerShort();
        Narration narration = Narration.of(plan);
        RenderedNarration rendered = new PhraseRenderer(new RecordingSpeechEngine(),
                new PhraseCache(dir, PhraseCache.DEFAULT_MAX_BYTES)).render(narration, SpeechStyle.DEFAULT);
        SessionNarrator narrator = new SessionNarrator(rendered, output, turns, () -> SpeechSettings.DEFAULT);
        SessionCues cues = new SessionCues(turns.tones(cue -> { }, cue -> cue == Cue.PACE_TICK
                || cue == Cue.FINAL_COUNT)::accept, () -> new CueSettings(0.5, false, true));
        Session session = new Session(plan, clock);
        session.addListener(narrator.before(cues));
        session.start();

        long waitingSince = -1;
        for (int step = 0; step < 4 * 3600 * 100 && !session.state().isFinal(); step++) {
            clock.advanceMillis(10);
            session.advanceTo(clock.nanoTime());
            delays.runDue();
            SessionState state = session.state();
            boolean waiting = state == SessionState.AWAITING_DONE || state == SessionState.CHECKING_IN;
            if (!waiting) {
                waitingSince = -1;
                continue;
            }
            waitingSince = waitingSince < 0 ? clock.nanoTime() : waitingSince;
            // The giver reads or asks, then answers: 8 s for Done, 12 s for a check-in and its four answers.
            long waitNanos = (state == SessionState.CHECKING_IN ? 12 : 8) * 1_000_000_000L;
            if (clock.nanoTime() - waitingSince >= waitNanos) {
                if (state == SessionState.CHECKING_IN) {
                    session.answer(CheckInAnswer.SAME);
                } else {
                    session.done();
                }
                waitingSince = -1;
            }
        }

        assertThat(session.state()).isEqualTo(SessionState.FINISHED);
        Set<String> played = new LinkedHashSet<>();
        for (RecordingSpeechOutput.Played p : output.played()) {
            rendered.phrases().values().stream().filter(c -> c.wav().equals(p.wav())).findFirst()
                    .ifPresent(c -> played.add(c.text()));
        }
        List<String> unspoken = new ArrayList<>();
        for (NarrationLine line : narration.lines()) {
            if (line.event() == SpokenEvent.ENTRY_START && !played.contains(line.text())) {
                unspoken.add((line.entryIndex() + 1) + ". " + line.text());
            }
        }
        assertThat(unspoken).as("entries whose opening phrase was never played").isEmpty();
    }
}
