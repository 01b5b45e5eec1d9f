package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled oils data: loads, covers what the app offers, and every entry cites a documented source. */
class OilCatalogTest {

    private final OilCatalog oils = OilCatalogLoader.bundled();

    @Test
    void theBundledOilsLoadWithoutDiagnostics() {
        LoadResult<OilCatalog> result = new OilCatalogLoader().load(Path.of("routines/oils.json"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(oils.carriers()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(oils.essentialOils()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void everyOilTheReceiverEditorOffersIsInTheData() {
        assertThat(oils.carrierNames()).contains("sweet almond", "grapeseed", "jojoba", "coconut (fractionated)",
                "sunflower", "olive", "apricot kernel", "avocado", "argan");
        assertThat(oils.essentialOilNames()).contains("lavender", "chamomile", "eucalyptus", "peppermint",
                "rosemary", "ginger", "frankincense", "bergamot", "sandalwood", "ylang-ylang", "tea tree",
                "lemongrass");
        assertThat(oils.sensitivities()).contains("nut allergy", "peppermint", "eucalyptus", "citrus oils",
                "fragrance", "coconut", "latex");
    }

    @Test
    void theNutCarriersBelongToTheTreeNutFamilyAndTheSafeOnesToNone() {
        for (String nut : List.of("sweet-almond", "apricot-kernel", "argan", "macadamia", "hazelnut", "walnut")) {
            assertThat(family(nut)).as(nut).containsExactly("tree-nut");
        }
        assertThat(family("peanut")).containsExactly("peanut");
        assertThat(family("sesame")).containsExactly("sesame");
        assertThat(family("soybean")).containsExactly("soy");
        assertThat(family("wheat-germ")).containsExactly("wheat");
        assertThat(family("fractionated-coconut")).as("coconut is not a tree nut since FDA 2025")
                .containsExactly("coconut");
        for (String safe : List.of("sunflower", "grapeseed", "jojoba")) {
            assertThat(family(safe)).as(safe).isEmpty();
        }
    }

    @Test
    void everyEssentialOilHasACaution() {
        assertThat(oils.essentialOils()).allSatisfy(o -> assertThat(o.cautions()).as(o.id()).isNotEmpty());
    }

    @Test
    void everySourceCitedIsListedInTheSafetyDocs() throws IOException {
        String docs = Files.readString(Path.of("docs/safety.md"));
        List<String> sources = new java.util.ArrayList<>();
        oils.oils().forEach(o -> sources.add(o.source()));
        oils.families().forEach(f -> sources.add(f.source()));
        assertThat(sources.stream().distinct()).allSatisfy(id ->
                assertThat(docs).as("source " + id).contains("- **`" + id + "`**"));
    }

    private List<String> family(String id) {
        return oils.oils().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().families().stream()
                .map(AllergenFamily::id).toList();
    }
}
