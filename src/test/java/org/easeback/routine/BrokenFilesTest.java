package org.easeback.routine;

import org.easeback.profile.ReceiverLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.easeback.safety.CatalogSafetyRules;
import org.easeback.safety.SafetyRoutineRules;

/**
 * Every file in the broken corpus gets exactly the diagnostics listed in {@code broken/expected.txt}, as
 * {@code validate} gives them (safety rules included): the same lines, columns and messages, in file order, and
 * nothing else.
 */
class BrokenFilesTest {

    static final Path BROKEN = Path.of("src/test/resources/broken");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** FILE -> ["LINE|COL|MESSAGE", ...] from the expected table. */
    static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(BROKEN.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            table.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        return table;
    }

    static List<String> actual(Path file) throws IOException {
        List<Diagnostic> found = Validation.withBundledCatalog(SafetyRoutineRules.all(), new ReceiverLoader()::validate)
                .withCatalogRules(CatalogSafetyRules.all())
                .check(file, Files.readAllBytes(file), BROKEN, new HashMap<>());
        String folder = BROKEN.toAbsolutePath() + java.io.File.separator;
        return found.stream().map(d -> d.line() + "|" + d.column() + "|" + d.message().replace(folder, "BROKEN/"))
                .toList();
    }

    @Test
    void corpusHoldsAtLeastTwentyFiveFilesEachWithExpectations() throws IOException {
        List<String> names = fixtures().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(25);
        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(names);
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenFileGetsItsExactDiagnostics() throws IOException {
        Map<String, List<String>> table = expected();
        return fixtures().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertThat(actual(file)).as(file.toString())
                        .containsExactlyElementsOf(table.get(file.getFileName().toString()))));
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        StringBuilder text = new StringBuilder("{\"format\": \"easeback-routine/1\", \"summary\": \"");
        text.append("x".repeat(SourceLimits.MAX_FILE_BYTES));
        text.append("\"}");
        Files.writeString(big, text);
        LoadResult<Routine> result = new RoutineLoader(TechniqueCatalog.empty()).load(big);
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(big
                + ":1:1: error: the file is 1,048,623 bytes; a file may be at most 1,048,576 bytes (1 MiB). "
                + "Split it into smaller files");
        Validation.Report report = Validation.withBundledCatalog(List.of(), new ReceiverLoader()::fromTree).run(List.of(dir));
        assertThat(report.filesWithErrors()).isEqualTo(1);
        assertThat(report.diagnostics()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("the file is 1,048,623 bytes");
    }

    @Test
    void fileJustUnderTheLimitIsReadAndItsLongTextReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\"format\": \"easeback-routine/1\", \"summary\": \"" + "x".repeat(1_000_000) + "\"}");
        LoadResult<Routine> result = new RoutineLoader(TechniqueCatalog.empty()).load(file);
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .contains("'summary' is 1,000,000 characters long; the most allowed is 4,000. Shorten it");
    }
}
