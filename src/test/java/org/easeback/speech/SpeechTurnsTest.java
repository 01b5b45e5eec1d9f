package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.easeback.engine.FakeClock;
import org.junit.jupiter.api.Test;

/** The turn-taking rule on its own: play when quiet, wait for the phrase to end, drop what would be too late. */
class SpeechTurnsTest {

    private final FakeClock clock = new FakeClock();
    private final ManualDelays delays = new ManualDelays(clock::nanoTime);
    private final SpeechTurns turns = new SpeechTurns(clock::nanoTime, delays);
    private final List<String> played = new ArrayList<>();
    private final Consumer<String> tones = turns.tones(t -> played.add(t + "@" + clock.nanoTime() / 1_000_000),
            t -> t.startsWith("beat"));

    private void advance(long millis) {
        for (long i = 0; i < millis; i += 10) {
            clock.advanceMillis(10);
            delays.runDue();
        }
    }

    @Test
    void aToneWhenQuietPlaysAtOnce() {
        tones.accept("chime");
        assertThat(played).containsExactly("chime@" + clock.nanoTime() / 1_000_000);
        assertThat(turns.speaking()).isFalse();
    }

    @Test
    void aToneDuringAPhraseWaitsForItsEndAndABeatIsDropped() {
        long start = clock.nanoTime() / 1_000_000;
        turns.started(Duration.ofMillis(800));
        tones.accept("chime");
        tones.accept("beat");
        assertThat(played).isEmpty();
        advance(1000);
        assertThat(played).containsExactly("chime@" + (start + 800));
    }

    @Test
    void aToneThatWouldWaitTooLongIsDropped() {
        turns.started(SpeechTurns.MAX_TONE_WAIT.plusMillis(200));
        tones.accept("chime");
        advance(3000);
        assertThat(played).isEmpty();
        assertThat(delays.pending()).isZero();
    }

    @Test
    void aToneKeepsWaitingWhenAnotherPhraseFollowsButNotPastItsLimit() {
        long start = clock.nanoTime() / 1_000_000;
        turns.started(Duration.ofMillis(500));
        tones.accept("chime");
        advance(490);
        turns.started(Duration.ofMillis(400)); // the voice goes on until 890 ms
        advance(1000);
        assertThat(played).containsExactly("chime@" + (start + 890));
        turns.started(Duration.ofMillis(1000));
        tones.accept("late");
        advance(900);
        turns.started(Duration.ofMillis(1000)); // it would now wait 1.9 s in all
        advance(2000);
        assertThat(played).hasSize(1);
    }

    @Test
    void aToneForAnEventTheVoiceSpeaksIsSkipped() {
        turns.voiceHasEvent(true);
        tones.accept("chime");
        turns.voiceHasEvent(false);
        tones.accept("other");
        assertThat(played).hasSize(1).allMatch(p -> p.startsWith("other@"));
    }
}
