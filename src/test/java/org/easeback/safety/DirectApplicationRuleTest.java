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
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

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
            "Massage full-strength eucalyptus oil into the muscles.",
            // Wordings the first version missed.
            "Put the lavender essential oil straight onto the skin.",
            "Rub in a few drops of undiluted lavender.",
            "Rub in a few drops of un-diluted lavender.",
            "Dab on peppermint, neat.",
            "Use the essential oil as it comes from the bottle.",
            "Apply the lavender essential oil without the carrier.",
            "Massage the eucalyptus in with no carrier.",
            "Don't bother with a carrier: rub the lavender essential oil into the lower back.",
            "Skip the carrier oil and massage in the peppermint.",
            "Don't worry, apply the lavender essential oil neat.",
            "Take the lavender essential oil. Put it straight on the skin.",
            "Lavender essential oil: apply directly to the lower back.",
            "Lavender essential oil\nApply it directly to the lower back.",
            "Pour a few drops of tea tree oil on the back. Undiluted.",
            "Apply the lavender essential oil dir\u200Bectly to the skin.",
            "Apply the lavender essential oil d\u0456rectly to the skin.",
            "Apply the l\u0430vender ess\u0435ntial oil directly to the skin.",
            "APPLY THE LAVENDER ESSENTIAL OIL \uFF2E\uFF25\uFF21\uFF34.",
            "Put the lavender essential oil straight from the bottle onto the back."})
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
            "Essential oils only ever go into the carrier oil: mix a few drops into the massage oil, never use them "
                    + "on their own.",
            "Mix 12 drops of lavender essential oil into 30 ml of carrier oil. Apply the blend directly to the back.",
            "Use a carrier oil. Undiluted essential oil can irritate the skin.",
            "Never skip the carrier when you use lavender essential oil.",
            "Don't skip the carrier: lavender essential oil goes into it.",
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

    @Test
    void flagsEveryTextOfARoutineNotOnlyStepInstructions() {
        Routine titled = routine("Apply lavender essential oil neat", Optional.empty(), List.of(), List.of(
                new Step.CheckIn(Optional.empty(), new SourcePosition(5, 5))));
        Routine summarised = routine("Relax", Optional.of("Rub the peppermint essential oil in undiluted."),
                List.of(), List.of(new Step.CheckIn(Optional.empty(), new SourcePosition(5, 5))));
        Routine equipped = routine("Relax", Optional.empty(), List.of("Lavender essential oil, to use neat"),
                List.of(new Step.CheckIn(Optional.empty(), new SourcePosition(5, 5))));
        Step splitTitle = new Step.Info("Lavender essential oil", "Apply it straight from the bottle.",
                OptionalInt.empty(), new SourcePosition(7, 5));
        Step prompt = new Step.CheckIn(Optional.of("Shall I rub the lavender essential oil in neat?"),
                new SourcePosition(9, 5));
        Step techniqueTitle = new Step.Technique("thumb-glide", 30, Side.BOTH, OptionalInt.empty(),
                Optional.of(Pressure.GENTLE), Optional.of("Undiluted peppermint glide"), Optional.empty(),
                new SourcePosition(11, 5));
        Routine steps = routine("Relax", Optional.empty(), List.of(), List.of(splitTitle, prompt, techniqueTitle));

        assertThat(DirectApplicationRule.check(titled)).extracting(DirectApplicationRule.Finding::step)
                .containsExactly("0");
        assertThat(DirectApplicationRule.check(summarised)).hasSize(1);
        assertThat(DirectApplicationRule.check(equipped)).singleElement().extracting(
                DirectApplicationRule.Finding::message).isEqualTo("the routine's title, summary or equipment tells "
                + "the giver to put essential oil directly on the skin; essential oils must be diluted in a carrier oil");
        assertThat(DirectApplicationRule.check(steps)).extracting(DirectApplicationRule.Finding::step)
                .containsExactly("1", "2", "3");
    }

    @Test
    void aHugeTextIsCutIntoSentencesInOnePass() {
        // The first version split with a regex that backtracked over runs of spaces (13 s for a 1 MiB routine).
        String spaced = " ".repeat(100_000) + "lavender essential oil" + " ".repeat(100_000) + "but apply it neat";
        assertThat(DirectApplicationRule.flags(spaced)).isTrue();
        assertThat(DirectApplicationRule.sentences(SafetyText.normalise("a.b:c\nd but e"))).containsExactly("a", "b",
                "c", "d", "e");
    }

    private static Routine routine(String title, Optional<String> summary, List<String> equipment, List<Step> steps) {
        return new Routine("r", title, summary, Optional.empty(), "en", Audience.PARTNER, Level.HOME, equipment, 180,
                steps);
    }
}
