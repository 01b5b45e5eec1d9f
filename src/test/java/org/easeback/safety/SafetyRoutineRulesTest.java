package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.Validation;
import org.junit.jupiter.api.Test;

class SafetyRoutineRulesTest {

    @Test
    void validateFlagsAStepThatAppliesEssentialOilDirectly() {
        Path fixture = Path.of("src/test/resources/safety/essential-oil-applied-directly.json");

        Validation.Report report = Validation.withBundledCatalog(SafetyRoutineRules.all(), new ReceiverLoader()::fromTree).run(List.of(fixture));

        assertThat(report.allValid()).isFalse();
        assertThat(report.diagnostics()).extracting(Diagnostic::format).containsExactly(fixture
                + ":16:9: error: step 2.1 tells the giver to put essential oil directly on the skin; "
                + "essential oils must be diluted in a carrier oil");
    }

    @Test
    void bundledRoutinesPassTheSafetyRules() {
        Validation.Report report = Validation.withBundledCatalog(SafetyRoutineRules.all(), new ReceiverLoader()::fromTree)
                .run(List.of(Path.of("routines")));

        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.filesChecked()).isGreaterThan(1);
        assertThat(report.allValid()).isTrue();
    }

    @Test
    void bundledCatalogNeverAppliesOilDirectlyNorDrawsPressureOnTheSpine() {
        TechniqueCatalog catalog = TechniqueCatalogLoader.bundled();

        assertThat(catalog.techniques()).isNotEmpty().allSatisfy(t -> {
            assertThat(DirectApplicationRule.check(t)).as(t.id()).isEmpty();
            assertThat(BackMap.diagramRefusal(t.diagram())).as(t.id()).isEmpty();
        });
    }

    @Test
    void bundledCatalogPassesEveryCatalogSafetyRule() {
        assertThat(TechniqueCatalogLoader.bundled().techniques()).allSatisfy(t ->
                assertThat(CatalogSafetyRules.check(t)).as(t.id()).isEmpty());
    }

    @Test
    void aSharedCatalogThatBreaksTheRulesIsRefusedByTheLoaderWithTheRules() {
        Path unsafe = Path.of("src/test/resources/broken/catalog-unsafe.json");

        assertThat(new TechniqueCatalogLoader().load(unsafe).valid()).as("the format alone accepts it").isTrue();
        assertThat(new TechniqueCatalogLoader(CatalogSafetyRules.all()).load(unsafe).diagnostics()).hasSize(7);
    }
}
