package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.routine.Audience;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DirectApplicationRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Apply the essential oil directly to the skin.",
            "Put a few drops of lavender essential oil directly on the lower back.",
            "Rub peppermint oil neat into the sore spot.",
            "Use undiluted essential oils for a stronger effect.",
            "Dab tea tree oil straight onto the skin.",
            "Apply essential oil without a carrier for best results.",
            "Warm your hands. Then apply the essential oils directly to the back, not to the clothes.",
            "Massage full-strength eucalyptus oil into the muscles."})
    void flagsTextThatTellsTheGiverToApplyEssentialOilDirectly(String text) {
        assertThat(DirectApplicationRule.flags(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You can add some essential oils if you wish, but remember that essential oils should not be applied "
                    + "directly to the skin.",
            "Never apply essential oils directly to the skin.",
            "Don't put undiluted essential oil on the skin.",
            "Do not use essential oils neat; always mix them into the carrier oil.",
            "Avoid applying lavender directly to the skin.",
            "Add the essential oil directly to the carrier oil and stir.",
            "Apply the massage oil directly to the lower back using long, smooth strokes.",
            "Undiluted essential oil can irritate the skin.",
            "Instead of applying essential oils directly, mix 12 drops into 30 ml of carrier oil.",
            ""})
    void leavesSafeAdviceAndCarrierOilAlone(String text) {
        assertThat(DirectApplicationRule.flags(text)).isFalse();
    }

    @Test
    void findsOffendingStepsInsideRepeatsWithTheirPositions() {
        Step setup = new Step.Setup("Positioning", "Lie face down.", Optional.empty(), OptionalInt.empty(),
                new SourcePosition(5, 5));
        Step safeOil = new Step.Oil("Oil", "Essential oils should not be applied directly to the skin.",
                OptionalInt.empty(), new SourcePosition(9, 5));
        Step badOil = new Step.Oil("Oil", "Apply a few drops of peppermint oil directly to the skin.",
                OptionalInt.empty(), new SourcePosition(14, 9));
        Step badTechnique = new Step.Technique("thumb-glide", 60, null, null, null, Optional.empty(),
                Optional.of("Put essential oil neat on your thumb and glide."), new SourcePosition(20, 9));
        Step repeat = new Step.Repeat(2, List.of(badTechnique, badOil), new SourcePosition(12, 5));
        Routine routine = new Routine("r", "R", Optional.empty(), Optional.empty(), "en", Audience.PARTNER,
                Level.HOME, List.of(), 180, List.of(setup, safeOil, repeat, badOil));

        List<DirectApplicationRule.Finding> findings = DirectApplicationRule.check(routine);

        assertThat(findings).extracting(DirectApplicationRule.Finding::step).containsExactly("3.1", "3.2", "4");
        assertThat(findings.get(0).position()).isEqualTo(new SourcePosition(20, 9));
        assertThat(findings.get(2).message()).isEqualTo("step 4 tells the giver to put essential oil directly "
                + "on the skin; essential oils must be diluted in a carrier oil");
    }

    @Test
    void readsThePicturesAlternativeTextToo() {
        // The alternative text is spoken, so it is held to the same rule as the instructions.
        Step oil = new Step.Oil("Warm the oil", "Rub some oil between your hands.", Optional.of("oil.png"),
                Optional.of("Hands rub lavender essential oil directly onto the skin."), OptionalInt.empty(),
                new SourcePosition(3, 5));
        Step setup = new Step.Setup("Positioning", "Lie face down.", Optional.of("lie.png"),
                Optional.of("A person lies face down on a mattress."), OptionalInt.empty(), new SourcePosition(7, 5));
        Routine routine = new Routine("r", "R", Optional.empty(), Optional.empty(), "en", Audience.PARTNER,
                Level.HOME, List.of(), 180, List.of(oil, setup));

        assertThat(DirectApplicationRule.check(routine)).extracting(DirectApplicationRule.Finding::step)
                .containsExactly("1");
    }
}
