package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No zero-width, look-alike, case or spacing variant of a sensitivity loses its meaning. */
class SensitivityProperties {

    @Provide
    Arbitrary<String> nutAllergy() {
        return Combinators.combine(Arbitraries.of("nut allergy", "tree nuts", "allergic to almonds", "Nuts",
                        "tree-nut allergy"), Arbitraries.longs(), Arbitraries.integers().between(1, 4))
                .as((s, seed, every) -> DirectApplicationProperties.disguise(s, new java.util.Random(seed), every));
    }

    @Property(tries = 300)
    void aDisguisedNutAllergyStillRefusesEveryTreeNutCarrier(@ForAll("nutAllergy") String sensitivity) {
        for (String nut : List.of("sweet almond", "apricot kernel", "argan", "macadamia", "hazelnut", "walnut")) {
            assertThat(OilConflicts.of(nut, List.of("lavender"), List.of(sensitivity))).as(nut + " / " + sensitivity)
                    .extracting(OilConflict::kind).containsExactly(OilConflict.Kind.SENSITIVITY);
        }
    }

    @Property(tries = 200)
    void aCarrierOfInvisibleCharactersIsNoCarrier(@ForAll("invisible") String carrier) {
        assertThat(CarrierCheck.effective(carrier)).isEmpty();
        assertThat(OilConflicts.of(carrier, List.of("lavender"), List.of())).extracting(OilConflict::kind)
                .containsExactly(OilConflict.Kind.NO_CARRIER);
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", " ", "\t", "\u00A0",
                "\u3000", "none", "NONE", "n/a").list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
                .filter(s -> !s.matches(".*[a-zA-Z].*") || s.matches("(?i)(none|n/a)"));
    }
}
