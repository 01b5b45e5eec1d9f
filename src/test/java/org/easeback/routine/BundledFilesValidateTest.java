package org.easeback.routine;

import org.easeback.profile.ReceiverLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every bundled routine, the catalog, the schemas and the valid fixtures pass the loader's checks. */
class BundledFilesValidateTest {

    static final Path ROUTINES = Path.of("routines");
    static final Path VALID = Path.of("src/test/resources/valid");

    static TechniqueCatalog catalog() {
        return new TechniqueCatalogLoader().load(ROUTINES.resolve("techniques.json")).value().orElseThrow();
    }

    @Test
    void bundledCatalogLoadsWithEveryRequiredTechnique() {
        LoadResult<TechniqueCatalog> result = new TechniqueCatalogLoader().load(ROUTINES.resolve("techniques.json"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().orElseThrow().ids()).contains("oil-spread", "wrist-turn-pull",
                "stacked-palm-circles", "knuckle-glide", "splayed-finger-glide", "thumb-glide", "fingertip-press-pull",
                "trigger-point-hold", "closing-rock", "tennis-ball-roll-floor", "tennis-ball-roll-wall",
                "foam-roller-roll", "deep-tissue", "swedish", "sports-massage");
        assertThat(result.value().get().find("deep-tissue").orElseThrow().professionalOnly()).isTrue();
    }

    @Test
    void catalogOnTheClassPathIsTheBundledOne() {
        assertThat(TechniqueCatalogLoader.bundled().ids()).containsExactlyElementsOf(catalog().ids());
    }

    @TestFactory
    Stream<DynamicTest> everyBundledRoutineLoadsWithoutDiagnostics() throws IOException {
        RoutineLoader loader = new RoutineLoader(catalog());
        List<Path> files;
        try (Stream<Path> list = Files.list(ROUTINES)) {
            files = list.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json")).sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            LoadResult<Routine> result = loader.load(f);
            assertThat(result.diagnostics()).as(f.toString()).isEmpty();
            assertThat(result.value()).isPresent();
        }));
    }

    @Test
    void validatingTheRoutinesFolderChecksRoutinesCatalogOilsAndSchemas() {
        Validation.Report report = Validation.withBundledCatalog(List.of(), new ReceiverLoader()::validate).run(List.of(ROUTINES));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.pathProblems()).isEmpty();
        assertThat(report.filesChecked()).isEqualTo(11);
        assertThat(report.allValid()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyValidFixtureValidates() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(VALID)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () ->
                assertThat(Validation.withBundledCatalog(List.of(), new ReceiverLoader()::fromTree).run(List.of(f)).diagnostics()).isEmpty()));
    }

    @Test
    void leadingByteOrderMarkIsSkippedAndColumnsIgnoreIt() {
        // Decision: a UTF-8 BOM (which Windows editors write) is tolerated and skipped; columns count from
        // the first character after it.
        LoadResult<Routine> result = new RoutineLoader(catalog()).load(VALID.resolve("bom.json"));
        assertThat(result.value().orElseThrow().id()).isEqualTo("bom");
    }

    @Test
    void everyKindFixtureBuildsTheStepsItDescribes() {
        Routine r = new RoutineLoader(catalog()).load(VALID.resolve("every-kind.json")).value().orElseThrow();
        assertThat(r.language()).isEqualTo("en-GB");
        assertThat(r.checkInEverySeconds()).isEqualTo(120);
        assertThat(r.steps()).hasSize(7);
        Step.Technique glide = (Step.Technique) r.steps().get(2);
        assertThat(glide.side()).isEqualTo(Side.EACH);
        assertThat(glide.pressure()).contains(Pressure.MODERATE);
        assertThat(glide.strokesPerMinute()).hasValue(10);
        assertThat(glide.position()).isEqualTo(new SourcePosition(16, 5));
        Step.SoreSpots spots = (Step.SoreSpots) r.steps().get(3);
        assertThat(spots.secondsEach()).isEqualTo(5);
        Step.Repeat outer = (Step.Repeat) r.steps().get(5);
        Step.Repeat middle = (Step.Repeat) outer.steps().get(0);
        Step.Repeat inner = (Step.Repeat) middle.steps().get(0);
        assertThat(inner.times()).isEqualTo(3);
        assertThat(r.steps().get(0)).isInstanceOfSatisfying(Step.Setup.class,
                s -> assertThat(s.seconds()).isEmpty());
    }

    @Test
    void defaultsApplyWhenOptionalFieldsAreLeftOut() {
        Routine r = new RoutineLoader(catalog()).load(VALID.resolve("minimal.json")).value().orElseThrow();
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.level()).isEqualTo(Level.HOME);
        assertThat(r.checkInEverySeconds()).isEqualTo(Routine.DEFAULT_CHECK_IN_SECONDS);
        assertThat(r.equipment()).isEmpty();
    }
}
