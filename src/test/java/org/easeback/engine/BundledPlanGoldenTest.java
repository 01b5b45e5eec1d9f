package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled routine compiles to the same plan as the reviewed golden files: the {@code plan --json} view and a
 * dump of every entry component (instructions, pictures, say text and diagrams included), with no receiver and
 * with Sam, who has oils and sore spots. Run with {@code -Deaseback.writeGolden=true} to write them anew after a
 * change that is meant to alter a plan, then review the diff.
 */
class BundledPlanGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden-plans");
    private static final Path SAM = Path.of("src/test/resources/plans/sam.json");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("routines"))) {
            List<String> routines = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("techniques.json") && !n.equals("oils.json"))
                    .sorted().toList();
            return routines.stream().flatMap(r -> Stream.of(r + "|none", r + "|sam"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compilesToTheGoldenPlan(String name) throws IOException {
        String routineFile = name.substring(0, name.indexOf('|'));
        boolean withSam = name.endsWith("|sam");
        TechniqueCatalog catalog = TechniqueCatalogLoader.bundled();
        Routine routine = new RoutineLoader(catalog).load(Path.of("routines", routineFile)).value().orElseThrow();
        Optional<Receiver> receiver = withSam
                ? Optional.of(new ReceiverLoader().load(SAM).value().orElseThrow()) : Optional.empty();
        PlanResult result = new PlanCompiler(catalog::find).compile(routine, receiver, PlanSettings.HOME);
        assertThat(result).isInstanceOf(PlanResult.Compiled.class);
        Plan plan = ((PlanResult.Compiled) result).plan();
        String stem = routineFile.replace(".json", "") + (withSam ? ".sam" : ".none");

        check(GOLDEN.resolve(stem + ".plan.json"), PlanJson.write(plan).replace(System.lineSeparator(), "\n"));
        // Picture files are found on this machine: name them from the project folder.
        String project = Path.of("").toAbsolutePath().toRealPath() + java.io.File.separator;
        check(GOLDEN.resolve(stem + ".entries.txt"), plan.entries().stream().map(PlanEntry::toString)
                .map(line -> line.replace(project, "PROJECT/"))
                .collect(Collectors.joining("\n", "", "\n")) + "notes: " + plan.notes() + "\n");
    }

    private static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("easeback.writeGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
