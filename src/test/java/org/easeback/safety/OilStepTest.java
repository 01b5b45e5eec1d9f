package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.engine.EntryKind;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Pressure;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.junit.jupiter.api.Test;

/** The oil step filled in from the receiver at compile time, through OilGuard, and the notes it leaves. */
class OilStepTest {

    private static final String ROUTINE_TEXT = "Rub some of the oil between your hands to warm it.";

    private static Receiver receiver(String carrier, List<String> essentials, List<String> sensitivities) {
        return new Receiver("Sam", carrier, essentials, sensitivities, Pressure.GENTLE, List.of());
    }

    private static Plan compile(Optional<Receiver> receiver, PlanSettings settings) {
        return new PlanCompiler(SessionFixtures.LOOKUP).compile(SessionFixtures.routine(180, List.of(
                new Step.Oil("Warm the oil", ROUTINE_TEXT, OptionalInt.of(30), SourcePosition.UNKNOWN),
                SessionFixtures.techniqueStep(30))), receiver, settings).orElseThrow();
    }

    private static PlanEntry oilEntry(Plan plan) {
        return plan.entries().stream().filter(e -> e.kind() == EntryKind.OIL).findFirst().orElseThrow();
    }

    @Test
    void unconfirmedEssentialOilMakesTheStepWaitAndAsksForConfirmationFirst() {
        Plan plan = compile(Optional.of(receiver("sweet almond oil", List.of("lavender"), List.of())),
                PlanSettings.HOME);
        PlanEntry oil = oilEntry(plan);

        assertThat(oil.open()).isTrue();
        assertThat(oil.instructions().get(0)).contains("confirm they are not sensitive to lavender")
                .contains(OilDecision.confirmationQuestion("lavender"));
        assertThat(oil.instructions().get(1)).startsWith("Mix lavender into the sweet almond oil")
                .contains("About 12 drops of essential oil in 30 ml of carrier oil (2 %");
        assertThat(oil.instructions()).last().isEqualTo(ROUTINE_TEXT);
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Oil step: ") && n.contains("lavender"));
        assertThat(plan.totalSeconds()).isEqualTo(30);
    }

    @Test
    void screeningThatAsksForOnePercentGivesSixDropsPer30Ml() {
        PlanSettings pregnancy = PlanSettings.HOME.withScreening(
                Screening.assess(ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)));
        PlanEntry oil = oilEntry(compile(Optional.of(receiver("jojoba oil", List.of("lavender"), List.of())),
                pregnancy));

        assertThat(String.join(" ", oil.instructions()))
                .contains("About 6 drops of essential oil in 30 ml of carrier oil (1 %")
                .doesNotContain("12 drops");
    }

    @Test
    void oilOnTheSensitivityListIsLeftOutWithTheReasonAndTheOthersStay() {
        Plan plan = compile(Optional.of(receiver("sweet almond oil", List.of("lavender", "Peppermint oil"),
                List.of("peppermint"))), PlanSettings.HOME);
        PlanEntry oil = oilEntry(plan);

        assertThat(oil.instructions()).anyMatch(i -> i.startsWith("Mix lavender into the sweet almond oil"));
        assertThat(oil.instructions()).anyMatch(i -> i.startsWith("Peppermint oil is on the receiver's sensitivity"
                + " list") && i.contains("must not be used"));
        assertThat(oil.instructions()).noneMatch(i -> i.startsWith("Mix") && i.contains("Peppermint"));
        assertThat(oil.instructions().get(0)).contains("not sensitive to lavender").doesNotContain("Peppermint");
        assertThat(plan.notes()).anyMatch(n -> n.contains("Peppermint oil is on the receiver's sensitivity list"));
    }

    @Test
    void essentialOilsWithoutACarrierAreLeftOutBecauseTheyMustBeDiluted() {
        Plan plan = compile(Optional.of(receiver("", List.of("lavender"), List.of())), PlanSettings.HOME);
        PlanEntry oil = oilEntry(plan);

        assertThat(oil.seconds()).hasValue(30);
        assertThat(oil.instructions()).contains("Lavender is left out. " + OilGuard.CARRIER_REQUIRED);
        assertThat(oil.instructions()).noneMatch(i -> i.startsWith("Mix") || i.contains("confirm"));
        assertThat(plan.notes()).contains("Oil step: " + OilGuard.CARRIER_REQUIRED);
    }

    @Test
    void aCarrierTheReceiverIsSensitiveToLeavesTheEssentialOilsWithoutOne() {
        OilStepPlan step = OilStepPlan.forReceiver(receiver("sweet almond oil", List.of("lavender"),
                List.of("almond")).oils(), Dilution.TWO_PERCENT);

        assertThat(step.needsConfirmation()).isFalse();
        assertThat(step.instructions()).anyMatch(i -> i.startsWith("Sweet almond oil is on the receiver's"))
                .contains("Lavender is left out. " + OilGuard.CARRIER_REQUIRED);
        assertThat(step.decisions()).extracting(OilDecision::verdict).containsExactly(OilDecision.Verdict.REFUSED,
                OilDecision.Verdict.REFUSED, OilDecision.Verdict.OK);
    }

    @Test
    void carrierOilAloneKeepsTheStepTimedAndNamesTheCarrier() {
        Plan plan = compile(Optional.of(receiver("sweet almond oil", List.of(), List.of())), PlanSettings.HOME);
        PlanEntry oil = oilEntry(plan);

        assertThat(oil.seconds()).hasValue(30);
        assertThat(oil.instructions()).containsExactly(
                "Warm the sweet almond oil between your hands; no essential oils.", ROUTINE_TEXT);
    }

    @Test
    void withoutAReceiverTheStepSaysPlainCarrierOilAndToAskFirst() {
        Plan plan = compile(Optional.empty(), PlanSettings.HOME);
        PlanEntry oil = oilEntry(plan);

        assertThat(oil.seconds()).hasValue(30);
        assertThat(oil.instructions()).containsExactly(SafetyAdvice.GUEST_OIL, ROUTINE_TEXT);
        assertThat(SafetyAdvice.GUEST_OIL).contains("plain carrier massage oil").contains("sensitive");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Oil step: no receiver chosen."));
        assertThat(oilEntry(compile(Optional.of(Receiver.guest()), PlanSettings.HOME)).instructions())
                .startsWith(SafetyAdvice.GUEST_OIL);
    }
}
