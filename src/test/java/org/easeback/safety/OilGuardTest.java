package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.easeback.profile.Receiver;
import org.easeback.routine.Pressure;
import org.junit.jupiter.api.Test;

class OilGuardTest {

    @Test
    void essentialOilsWithoutACarrierAreRefused() {
        OilDecision d = OilGuard.check("", List.of("lavender"), List.of(), Set.of("lavender"), Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
        assertThat(d.rule()).isEqualTo(SafetyRule.OIL_CARRIER_REQUIRED);
        assertThat(d.messages()).containsExactly(
                "Essential oils must be diluted in a carrier oil: choose a carrier oil first.");
    }

    @Test
    void anOilOnTheSensitivityListIsRefusedWithTheReason() {
        OilDecision d = OilGuard.check("sweet almond oil", List.of("Peppermint oil", "lavender"),
                List.of("peppermint"), Set.of("peppermint oil", "lavender"), Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
        assertThat(d.rule()).isEqualTo(SafetyRule.OIL_SENSITIVITY);
        assertThat(d.message()).isEqualTo("Peppermint oil is on the receiver's sensitivity list "
                + "(it matches \"peppermint\"), so it must not be used. Choose another oil, or none.");
    }

    @Test
    void aCarrierOilOnTheSensitivityListIsRefusedToo() {
        OilDecision d = OilGuard.check("Sweet Almond Oil", List.of(), List.of("almond"), Set.of(),
                Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
        assertThat(d.message()).startsWith("Sweet Almond Oil is on the receiver's sensitivity list");
    }

    @Test
    void ingredientMatchingIgnoresCaseAndTheWordOil() {
        assertThat(OilGuard.sameIngredient("peppermint", "Peppermint Oil")).isTrue();
        assertThat(OilGuard.sameIngredient("tea-tree essential oil", "Tea tree")).isTrue();
        assertThat(OilGuard.sameIngredient("cloves", "clove oil")).isTrue();
        assertThat(OilGuard.sameIngredient("peppermint", "spearmint")).isFalse();
        assertThat(OilGuard.sameIngredient("oil", "jojoba oil")).as("a bare 'oil' matches nothing").isFalse();
        assertThat(OilGuard.sameIngredient("", "lavender")).isFalse();
    }

    @Test
    void anUnconfirmedEssentialOilNeedsTheReceiversConfirmation() {
        OilDecision d = OilGuard.check("jojoba oil", List.of("lavender", "rosemary"), List.of(),
                Set.of("Lavender oil"), Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.NEEDS_CONFIRMATION);
        assertThat(d.rule()).isEqualTo(SafetyRule.OIL_UNCONFIRMED);
        assertThat(d.oilsToConfirm()).containsExactly("rosemary");
        assertThat(d.message()).contains("rosemary").contains("Ask them");
        assertThat(OilDecision.confirmationQuestion("rosemary"))
                .isEqualTo("Are you sure you have no sensitivity to rosemary?");
    }

    @Test
    void confirmedOilsInACarrierShowTheDilution() {
        Receiver sam = new Receiver("Sam", "sweet almond oil", List.of("lavender"), List.of("peppermint"),
                Pressure.GENTLE, List.of());

        OilDecision adult = OilGuard.check(sam.oils(), Set.of("lavender"), Dilution.TWO_PERCENT);
        OilDecision pregnant = OilGuard.check(sam.oils(), Set.of("lavender"), Dilution.ONE_PERCENT);

        assertThat(adult.verdict()).isEqualTo(OilDecision.Verdict.OK);
        assertThat(adult.rule()).isEqualTo(SafetyRule.OIL_DILUTION);
        assertThat(adult.message()).contains("About 12 drops of essential oil in 30 ml of carrier oil (2 %, for adults).");
        assertThat(pregnant.message()).contains("About 6 drops of essential oil in 30 ml of carrier oil (1 %");
    }

    @Test
    void dilutionScalesWithTheAmountOfCarrier() {
        assertThat(Dilution.TWO_PERCENT.dropsFor(30)).isEqualTo(12);
        assertThat(Dilution.TWO_PERCENT.dropsFor(10)).isEqualTo(4);
        assertThat(Dilution.ONE_PERCENT.dropsFor(30)).isEqualTo(6);
        assertThat(Dilution.ONE_PERCENT.dropsFor(0)).isZero();
    }

    @Test
    void aCarrierAloneNeedsNoConfirmation() {
        OilDecision d = OilGuard.check(Receiver.guest().oils(), Set.of(), Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.OK);
    }
}
