package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.easeback.cues.Cue;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SessionCues;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.SafetyAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real session on a fake clock, spoken through a recording output with the real cue listener beside it: what is
 * said when, and that speech and tones never overlap.
 */
class SessionNarratorTest {

    private static final String LONG_SAY = "Rock the hips gently from side to side, slowly and calmly.";
    private static final String LONGER_SAY = "Rock the hips gently from side to side, slowly and calmly, then rest.";

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private final ManualDelays delays = new ManualDelays(clock::nanoTime);
    private final SpeechTurns turns = new SpeechTurns(clock::nanoTime, delays);
    private final RecordingSpeechOutput output = new RecordingSpeechOutput(clock::nanoTime);
    private final List<Object[]> tones = Collections.synchronizedList(new ArrayList<>());
    private SpeechSettings settings = SpeechSettings.DEFAULT;
    private RenderedNarration rendered;
    private Session session;
    private long t0;

    private static PlanEntry technique(String title, int seconds, Side side, boolean second, String say) {
        return PlanEntry.technique(title, "glide", side, seconds).instructions(List.of("Glide up."))
                .pressure(Pressure.GENTLE, Pressure.FIRM).strokesPerMinute(30).secondSide(second)
                .say(Optional.ofNullable(say)).build();
    }

    private Plan plan() {
        return Plan.of("p", "P", List.of(
                technique("Thumb glide", 40, Side.LEFT, false, null),
                technique("Thumb glide", 20, Side.RIGHT, true, null), // 60 s of hands-on before the check-in: the first-minute rule
                PlanEntry.checkIn(SafetyAdvice.CHECK_IN_QUESTION, SafetyAdvice.CHECK_IN_INSTRUCTIONS, true),
                technique("Closing rock", 5, Side.BOTH, false, LONG_SAY),
                technique("Closing rock", 8, Side.BOTH, false, LONGER_SAY)), 180, List.of());
    }

    private void start() {
        Plan plan = plan();
        rendered = new PhraseRenderer(new RecordingSpeechEngine(), new PhraseCache(dir, PhraseCache.DEFAULT_MAX_BYTES))
                .render(Narration.of(plan), SpeechStyle.DEFAULT);
        assertThat(rendered.failures()).isEmpty();
        SessionNarrator narrator = new SessionNarrator(rendered, output, turns, () -> settings);
        Consumer<Cue> gated = turns.tones(cue -> tones.add(new Object[] {clock.nanoTime(), cue}),
                cue -> cue == Cue.PACE_TICK || cue == Cue.FINAL_COUNT);
        SessionCues cues = new SessionCues(gated::accept, () -> new CueSettings(0.5, false, true));
        session = new Session(plan, clock);
        session.addListener(narrator.before(cues));
        t0 = clock.nanoTime();
        session.start();
    }

    private void run(double seconds) {
        for (int i = 0; i < Math.round(seconds * 100); i++) {
            clock.advanceMillis(10);
            session.advanceTo(clock.nanoTime());
            delays.runDue();
        }
    }

    /** What was said, as "at-in-ms text". */
    private List<String> said() {
        List<String> out = new ArrayList<>();
        for (RecordingSpeechOutput.Played p : output.played()) {
            String text = rendered.phrases().values().stream().filter(c -> c.wav().equals(p.wav()))
                    .findFirst().orElseThrow().text();
            out.add(Math.round((p.atNanos() - t0) / 1e6) + " " + text);
        }
        return out;
    }

    private List<String> toneLog() {
        List<String> out = new ArrayList<>();
        for (Object[] t : List.copyOf(tones)) {
            out.add(Math.round(((long) t[0] - t0) / 1e6) + " " + t[1]);
        }
        return out;
    }

    /** No tone starts while a phrase plays, and no phrase starts before the one before it has ended. */
    private void assertNothingOverlaps() {
        List<long[]> spans = new ArrayList<>();
        for (RecordingSpeechOutput.Played p : output.played()) {
            Duration length = rendered.phrases().values().stream().filter(c -> c.wav().equals(p.wav()))
                    .findFirst().orElseThrow().length();
            spans.add(new long[] {p.atNanos(), p.atNanos() + length.toNanos()});
        }
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i)[0]).as("phrase %d starts after phrase %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
        }
        for (Object[] t : List.copyOf(tones)) {
            long at = (long) t[0];
            for (long[] s : spans) {
                assertThat(at >= s[0] && at < s[1]).as("%s at %d ms during a phrase", t[1], at / 1_000_000)
                        .isFalse();
            }
        }
    }

    @Test
    void theFirstEntrySpeaksAtItsStartAndItsTonesGiveWayToTheVoice() {
        start();
        run(40.5);
        assertThat(said()).containsExactly(
                "0 Thumb glide, left side. Glide up.",
                "20000 Halfway.",
                "30000 10 seconds left.",
                "37000 3", "38000 2", "39000 1",
                "40000 Switch sides: right side.");
        // The voice spoke the start, halfway, countdown and switch: none of their tones sounded.
        assertThat(toneLog()).noneMatch(t -> t.contains("ENTRY_START") || t.contains("HALFWAY")
                || t.contains("FINAL_COUNT") || t.contains("SWITCH_SIDES"));
        // Pace beats (every 2 s) that fell inside a phrase were dropped, the others played on time.
        assertThat(toneLog()).contains("2000 PACE_TICK", "4000 PACE_TICK").doesNotContain("20000 PACE_TICK",
                "30000 PACE_TICK", "40000 PACE_TICK");
        assertNothingOverlaps();
    }

    @Test
    void aCheckInAsksThenGivesTheAnswersAsSoonAsTheQuestionEnds() {
        start();
        run(63);
        Duration question = RecordingSpeechEngine.lengthOf(SafetyAdvice.CHECK_IN_QUESTION);
        assertThat(said()).endsWith("60000 " + SafetyAdvice.CHECK_IN_QUESTION,
                (60000 + question.toMillis()) + " 1, lighter. 2, same. 3, firmer. 4, it hurts.");
        assertThat(toneLog()).noneMatch(t -> t.contains("CHECK_IN"));
        assertNothingOverlaps();
    }

    @Test
    void whenTheVoiceIsStillTalkingCountdownSecondsAreDroppedAndTheLastOneIsSpoken() {
        start();
        run(65); // the question and its answers have been said
        session.answer(CheckInAnswer.SAME);
        long start = clock.nanoTime() - t0;
        run(4.5);
        Duration title = RecordingSpeechEngine.lengthOf("Closing rock. " + LONG_SAY);
        assertThat(title).isGreaterThan(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(4));
        List<String> after = said().stream().filter(s -> Long.parseLong(s.split(" ")[0]) >= start / 1_000_000)
                .toList();
        long base = start / 1_000_000;
        // "3" (at 2 s) and "2" (at 3 s) would talk over the title: dropped; "1" (at 4 s) is said on time.
        assertThat(after).containsExactly(base + " Closing rock. " + LONG_SAY, (base + 4000) + " 1");
        assertNothingOverlaps();
    }

    @Test
    void aToneTheVoiceDoesNotSpeakWaitsForThePhraseToEnd() {
        start();
        run(65);
        session.answer(CheckInAnswer.SAME);
        long start = clock.nanoTime() - t0 + 5_000_000_000L; // the 8 s entry; its halfway (at 4 s) is not spoken
        run(10);
        Duration title = RecordingSpeechEngine.lengthOf("Closing rock. " + LONGER_SAY);
        assertThat(title).isGreaterThan(Duration.ofSeconds(4)).isLessThan(Duration.ofMillis(5500));
        long expected = Math.round((start + title.toNanos()) / 1e6);
        assertThat(toneLog()).contains(expected + " HALFWAY");
        assertNothingOverlaps();
    }

    @Test
    void thePainStopSpeaksTheSafetyAdviceAfterTheWordInProgress() {
        start();
        run(0.5); // the title is being spoken
        session.painStop();
        run(10);
        Duration title = RecordingSpeechEngine.lengthOf("Thumb glide, left side. Glide up.");
        assertThat(said()).containsExactly("0 Thumb glide, left side. Glide up.",
                title.toMillis() + " " + SafetyAdvice.PAIN_STOP);
    }

    @Test
    void withTheVoiceOffNothingIsSpokenAndEveryToneSounds() {
        settings = SpeechSettings.OFF;
        start();
        run(40.5);
        assertThat(output.played()).isEmpty();
        assertThat(toneLog()).contains("0 ENTRY_START", "20000 HALFWAY", "37000 FINAL_COUNT", "40000 SWITCH_SIDES",
                "2000 PACE_TICK");
    }

    @Test
    void anEventTurnedOffInSettingsGetsItsToneBack() {
        settings = new SpeechSettings(true, SpeechStyle.DEFAULT, 0.7, EnumSet.of(SpokenEvent.ENTRY_START));
        start();
        run(40.5);
        assertThat(said()).containsExactly("0 Thumb glide, left side. Glide up.");
        assertThat(output.played()).allSatisfy(p -> assertThat(p.volume()).isEqualTo(0.7));
        assertThat(toneLog()).contains("20000 HALFWAY", "37000 FINAL_COUNT", "40000 SWITCH_SIDES")
                .doesNotContain("0 ENTRY_START");
    }

    @Test
    void aPhraseThatWasNotRenderedIsSilenceAndItsToneStillSounds() {
        start();
        SpeechTurns quiet = new SpeechTurns(clock::nanoTime, delays);
        SessionNarrator bare = new SessionNarrator(RenderedNarration.NONE, output, quiet, () -> settings);
        List<Cue> plain = new ArrayList<>();
        Session s = new Session(plan(), new FakeClock());
        Consumer<Cue> gated = quiet.tones(plain::add, c -> false);
        s.addListener(bare.before(new SessionCues(gated::accept, () -> CueSettings.DEFAULT)));
        int before = output.played().size();
        s.start();
        assertThat(output.played()).hasSize(before);
        assertThat(plain).contains(Cue.ENTRY_START);
    }
}
