package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The routine writer: canonical, pretty, and loading what it writes gives the routine back. */
class RoutineWriterTest {

    private static final TechniqueCatalog CATALOG = BundledFilesValidateTest.catalog();

    static List<Path> bundledRoutines() throws IOException {
        try (Stream<Path> files = Files.list(BundledFilesValidateTest.ROUTINES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json")).sorted()
                    .toList();
        }
    }

    /** The routine with every source position forgotten, so values read from different texts compare. */
    static Routine withoutPositions(Routine r) {
        return new Routine(r.id(), r.title(), r.summary(), r.author(), r.language(), r.audience(), r.level(),
                r.equipment(), r.checkInEverySeconds(), r.steps().stream().map(RoutineWriterTest::strip).toList());
    }

    private static Step strip(Step s) {
        SourcePosition u = SourcePosition.UNKNOWN;
        if (s instanceof Step.Setup v) {
            return new Step.Setup(v.title(), v.instructions(), v.image(), v.seconds(), u);
        } else if (s instanceof Step.Oil v) {
            return new Step.Oil(v.title(), v.instructions(), v.seconds(), u);
        } else if (s instanceof Step.Technique v) {
            return new Step.Technique(v.technique(), v.seconds(), v.side(), v.strokesPerMinute(), v.pressure(),
                    v.title(), v.instructions(), u);
        } else if (s instanceof Step.SoreSpots v) {
            return new Step.SoreSpots(v.technique(), v.secondsEach(), u);
        } else if (s instanceof Step.CheckIn v) {
            return new Step.CheckIn(v.prompt(), u);
        } else if (s instanceof Step.Info v) {
            return new Step.Info(v.title(), v.instructions(), v.seconds(), u);
        }
        Step.Repeat r = (Step.Repeat) s;
        return new Step.Repeat(r.times(), r.steps().stream().map(RoutineWriterTest::strip).toList(), u);
    }

    @TestFactory
    Stream<DynamicTest> everyBundledRoutineSurvivesWritingAndLoadingAgain() throws IOException {
        return bundledRoutines().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Routine loaded = new RoutineLoader(CATALOG).load(file).value().orElseThrow();
            byte[] written = new RoutineWriter().write(loaded);
            LoadResult<Routine> again = new RoutineLoader(CATALOG).load(written, Path.of("again.json"));
            assertThat(again.diagnostics()).isEmpty();
            assertThat(withoutPositions(again.value().orElseThrow())).isEqualTo(withoutPositions(loaded));
            assertThat(new RoutineWriter().write(again.value().get())).isEqualTo(written);
        }));
    }

    @Test
    void writesSchemaFirstThenFormatWithTwoSpaceIndentsAndOneItemALine() {
        Routine r = new Routine("tiny", "Tiny", java.util.Optional.empty(), java.util.Optional.of("Jo"), "en",
                Audience.PARTNER, Level.HOME, List.of("mat", "towel"), 120,
                List.of(new Step.CheckIn(java.util.Optional.empty(), SourcePosition.UNKNOWN)));
        assertThat(new String(new RoutineWriter().write(r), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "$schema": "https://easeback.org/schema/routine.schema.json",
                  "format": "easeback-routine/1",
                  "id": "tiny",
                  "title": "Tiny",
                  "author": "Jo",
                  "language": "en",
                  "audience": "partner",
                  "level": "home",
                  "equipment": [
                    "mat",
                    "towel"
                  ],
                  "safety": {
                    "checkInEverySeconds": 120
                  },
                  "steps": [
                    {
                      "kind": "check-in"
                    }
                  ]
                }
                """);
    }

    @Test
    void pointersLeadFromALoaderDiagnosticBackToItsField() {
        byte[] bytes = """
                {"format": "easeback-routine/1", "id": "p", "title": "P", "audience": "partner",
                 "steps": [{"kind": "technique", "technique": "thumb-glide", "seconds": 0},
                           {"kind": "repeat", "times": 2, "steps": [{"kind": "check-in", "promt": "x"}]}]}
                """.getBytes(StandardCharsets.UTF_8);
        List<Diagnostic> found = new RoutineLoader(CATALOG).load(bytes, Path.of("p.json")).diagnostics();
        SourcePointers pointers = SourcePointers.of(bytes);
        assertThat(found).extracting(d -> pointers.of(d).orElse("?"))
                .containsExactly("/steps/0/seconds", "/steps/1/steps/0/promt");
    }
}
