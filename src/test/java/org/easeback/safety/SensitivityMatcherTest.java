package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.easeback.routine.AllergenFamily;
import org.easeback.routine.OilCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sensitivities read by meaning: families, plurals, case, accents and invisible characters. */
class SensitivityMatcherTest {

    private final SensitivityMatcher matcher = SensitivityMatcher.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sweet almond|nut allergy",
            "sweet almond|tree nuts",
            "sweet almond|Tree-Nut",
            "sweet almond|allergic to almonds",
            "sweet almond oil|ALMOND",
            "apricot kernel|nut allergy",
            "argan|nuts",
            "macadamia|allergic to cashews",
            "hazelnut|tree nut allergy",
            "walnut|Nüts",
            "peanut|peanut allergy",
            "arachis oil|peanuts",
            "groundnut|nut allergy",
            "sesame|sesame seeds",
            "soybean|soya",
            "wheat germ|gluten intolerance",
            "wheat germ|wheat",
            "coconut (fractionated)|coconut",
            "avocado|latex",
            "chamomile|ragweed",
            "bergamot|citrus oils",
            "lavender|fragrance",
            "lavender|essential oils",
            "peppermint|menthol",
            "jojoba|jojoba",
            "sweet almond|n\u200But allergy",
            "sweet almond|nut allergy and eczema",
            "sweet almond|eczema, nuts",
    })
    void aSensitivityRulesOutTheOilsItMeans(String oil, String sensitivity) {
        assertThat(matcher.match(oil, sensitivity)).as(oil + " / " + sensitivity).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sunflower|nut allergy",
            "grapeseed|tree nuts",
            "jojoba|peanut allergy",
            "sweet almond|peanut allergy",
            "peanut|tree nuts",
            "coconut (fractionated)|tree nuts",
            "lavender|sensitive skin",
            "sweet almond|fragrance",
            "lemongrass|lemon",
            "olive|latex",
    })
    void aSensitivityLeavesOtherOilsAlone(String oil, String sensitivity) {
        assertThat(matcher.match(oil, sensitivity)).as(oil + " / " + sensitivity).isEmpty();
    }

    @Test
    void nutAllergyNamesTreeNutsAndPeanutsWhileTreeNutsNamesOnlyTreeNuts() {
        assertThat(matcher.families("nut allergy")).extracting(AllergenFamily::id)
                .containsExactly("tree-nut", "peanut");
        assertThat(matcher.families("Tree nuts")).extracting(AllergenFamily::id).containsExactly("tree-nut");
        assertThat(matcher.families("Peanut allergy")).extracting(AllergenFamily::id).containsExactly("peanut");
    }

    @Test
    void unknownWordingIsMatchedAsAWordAgainstOilNames() {
        assertThat(matcher.match("monoi de tahiti", "Monoï")).isPresent();
        assertThat(matcher.match("monoi de tahiti", "lanolin")).isEmpty();
        assertThat(matcher.families("lanolin")).isEmpty();
    }

    @Test
    void aFamilyMatchSaysWhichFamily() {
        assertThat(matcher.match("sweet almond", List.of("eczema", "nut allergy"))).hasValueSatisfying(m -> {
            assertThat(m.sensitivity()).isEqualTo("nut allergy");
            assertThat(m.family()).map(AllergenFamily::name).hasValue("tree nuts");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sweet almond", "Sweet Almond Oil", "almond", "organic almond oil"})
    void oilNamesAreFoundInTheCatalog(String name) {
        assertThat(matcher.find(name)).map(OilCatalog.Oil::id).hasValue("sweet-almond");
    }

    @Test
    void everyCarrierOfATreeNutIsRuledOutByANutAllergy() {
        List<String> nutCarriers = matcher.catalog().carriers().stream()
                .filter(o -> o.families().stream().anyMatch(f -> f.id().equals("tree-nut")))
                .map(OilCatalog.Oil::name).toList();
        assertThat(nutCarriers).contains("sweet almond", "apricot kernel", "argan", "macadamia", "hazelnut",
                "walnut");
        assertThat(nutCarriers).allSatisfy(oil -> assertThat(matcher.match(oil, "nut allergy")).isPresent());
    }
}
