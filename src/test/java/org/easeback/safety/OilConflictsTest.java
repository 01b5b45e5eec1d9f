package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conflicts the editor, the Ready screen, the plan and validate show for a choice of oils. */
class OilConflictsTest {

    @Test
    void theNutAllergyReceiverGetsTheirAlmondCarrierRefusedWithTheReason() {
        List<OilConflict> conflicts = OilConflicts.of("sweet almond", List.of("lavender"), List.of("nut allergy"));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(OilConflict.Kind.SENSITIVITY);
            assertThat(c.oil()).isEqualTo("sweet almond");
            assertThat(c.family()).hasValue("tree nuts");
            assertThat(c.message()).isEqualTo("Sweet almond must not be used: the receiver's sensitivity "
                    + "\"nut allergy\" covers tree nuts, and sweet almond is one of them. Choose a carrier with no "
                    + "common allergen, such as sunflower, grapeseed or jojoba.");
        });
    }

    @Test
    void theNutAllergyReceiverIsRefusedByTheGuardAndNeverToldToMixLavenderIntoAlmond() {
        OilDecision d = OilGuard.check("sweet almond", List.of("lavender"), List.of("nut allergy"),
                Set.of("lavender"), Dilution.TWO_PERCENT);

        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
        assertThat(d.rule()).isEqualTo(SafetyRule.OIL_SENSITIVITY);
        assertThat(d.message()).contains("covers tree nuts").doesNotContain("Mix lavender");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\u200B\u2060 \uFEFF", "none", "None", "NONE.", "n/a", "-", "no carrier",
            "\t\n"})
    void aCarrierThatIsNoCarrierLeavesEssentialOilsRefused(String carrier) {
        List<OilConflict> conflicts = OilConflicts.of(carrier, List.of("lavender"), List.of());

        assertThat(conflicts).extracting(OilConflict::kind).containsExactly(OilConflict.Kind.NO_CARRIER);
        assertThat(OilGuard.check(carrier, List.of("lavender"), List.of(), Set.of("lavender"),
                Dilution.TWO_PERCENT).verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lavender", "Lavender oil", "tea tree", "peppermint essential oil", "l\u0430vender"})
    void anEssentialOilGivenAsTheCarrierIsNoCarrier(String carrier) {
        List<OilConflict> conflicts = OilConflicts.of(carrier, List.of("rosemary"), List.of());

        assertThat(conflicts).extracting(OilConflict::kind)
                .containsExactly(OilConflict.Kind.NOT_A_CARRIER, OilConflict.Kind.NO_CARRIER);
        assertThat(conflicts.get(0).message()).contains("is an essential oil, not a carrier oil");
        OilDecision d = OilGuard.check(carrier, List.of("rosemary"), List.of(), Set.of("rosemary"),
                Dilution.TWO_PERCENT);
        assertThat(d.verdict()).isEqualTo(OilDecision.Verdict.REFUSED);
        assertThat(d.message()).doesNotContain("Mix");
    }

    @Test
    void anEssentialOilGivenAsTheCarrierIsRefusedEvenWithNoOtherOil() {
        assertThat(OilGuard.check("lavender", List.of(), List.of(), Set.of(), Dilution.TWO_PERCENT).verdict())
                .isEqualTo(OilDecision.Verdict.REFUSED);
    }

    @Test
    void aSafeChoiceHasNoConflict() {
        assertThat(OilConflicts.of("jojoba", List.of("lavender"), List.of("nut allergy"))).isEmpty();
        assertThat(OilConflicts.of("", List.of(), List.of("nut allergy"))).isEmpty();
        assertThat(OilConflicts.of("sweet almond", List.of(), List.of())).isEmpty();
    }

    @Test
    void anEssentialOilRuledOutByFamilyIsReportedWithItsFamily() {
        List<OilConflict> conflicts = OilConflicts.of("jojoba", List.of("chamomile", "lavender"), List.of("ragweed"));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.oil()).isEqualTo("chamomile");
            assertThat(c.message()).endsWith("Choose another oil, or none.");
        });
    }
}
