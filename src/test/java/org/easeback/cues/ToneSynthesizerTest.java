package org.easeback.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToneSynthesizerTest {

    @ParameterizedTest
    @EnumSource(Cue.class)
    void sampleCountMatchesTheToneLength(Cue cue) {
        short[] s = ToneSynthesizer.samples(cue.tone());
        double millis = s.length * 1000.0 / ToneSynthesizer.SAMPLE_RATE;
        assertThat(millis).isCloseTo(cue.tone().millis(), org.assertj.core.data.Offset.offset(1.0));
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void cuesAreShort(Cue cue) {
        assertThat(cue.tone().millis()).isBetween(20, 700);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void peakStaysWithinTheToneAmplitudeAndReachesMostOfIt(Cue cue) {
        short[] s = ToneSynthesizer.samples(cue.tone());
        int peak = peak(s);
        double limit = cue.tone().amplitude() * Short.MAX_VALUE;
        assertThat((double) peak).isLessThanOrEqualTo(limit + 1).isGreaterThan(limit * 0.6);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void startsAndEndsNearSilenceSoItDoesNotClick(Cue cue) {
        short[] s = ToneSynthesizer.samples(cue.tone());
        assertThat(Math.abs(s[0])).isLessThan(200);
        assertThat(Math.abs(s[s.length - 1])).isLessThan(200);
    }

    @Test
    void paceTickIsTheQuietestAndShortestCue() {
        int tickPeak = peak(ToneSynthesizer.samples(Cue.PACE_TICK.tone()));
        for (Cue cue : Cue.values()) {
            if (cue != Cue.PACE_TICK) {
                assertThat(peak(ToneSynthesizer.samples(cue.tone()))).isGreaterThan(tickPeak * 2);
                assertThat(cue.tone().millis()).isGreaterThan(Cue.PACE_TICK.tone().millis());
            }
        }
    }

    @Test
    void everyCueSoundsDifferent() {
        Set<String> recipes = new HashSet<>();
        Set<Integer> waves = new HashSet<>();
        for (Cue cue : Cue.values()) {
            recipes.add(cue.tone().notes().toString());
            waves.add(Arrays.hashCode(ToneSynthesizer.samples(cue.tone())));
        }
        assertThat(recipes).hasSize(Cue.values().length);
        assertThat(waves).hasSize(Cue.values().length);
    }

    @Test
    void aNoteHasTheRequestedPitch() {
        Tone tone = new Tone(java.util.List.of(new Tone.Note(441, 1000)), 1.0);
        short[] s = ToneSynthesizer.samples(tone);
        int crossings = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                crossings++;
            }
        }
        assertThat(crossings).isBetween(439, 442);
    }

    private static int peak(short[] s) {
        int peak = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }
}
