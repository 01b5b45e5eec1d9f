package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and output of {@code easeback validate}. */
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EasebackCommand.commandLine(null);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    static final String CATALOG = """
            {"format": "easeback-techniques/1", "techniques": [
              {"id": "foot-rub", "name": "Foot rub", "audience": "partner", "level": "home",
               "levelReason": "Gentle.", "pressure": "gentle", "maxPressure": "moderate",
               "works": ["lower-back"], "avoids": ["spine"], "instructions": ["Rub gently."]}]}
            """;

    static String routine(String id, String technique) {
        return """
                {"format": "easeback-routine/1", "id": "%s", "title": "T", "audience": "partner",
                 "steps": [{"kind": "technique", "technique": "%s", "seconds": 60}]}
                """.formatted(id, technique);
    }

    @Test
    void bundledRoutinesFolderIsValid() {
        assertThat(run("validate", "routines")).isZero();
        assertThat(outLines()).containsExactly("11 files checked, 0 with errors");
    }

    @Test
    void brokenFileExitsOneWithItsDiagnostics() {
        Path file = Path.of("src/test/resources/broken/unknown-technique.json");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(outLines()).containsExactly(
                file + ":7:40: error: unknown technique 'thumb-glid'; did you mean 'thumb-glide'?",
                file + ":8:41: error: unknown technique 'shiatsu'; the catalog has no technique with this id",
                "1 file checked, 1 with errors");
    }

    @Test
    void theNutAllergyReceiverFileIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("robin.json");
        Files.writeString(file, """
                {"format": "easeback-receiver/1", "name": "Robin", "carrierOil": "sweet almond",
                 "essentialOils": ["lavender"], "sensitivities": ["nut allergy"]}
                """);
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(outLines()).containsExactly(file + ":1:66: error: oil \"sweet almond\" is refused: Sweet almond "
                        + "must not be used: the receiver's sensitivity \"nut allergy\" covers tree nuts, and sweet "
                        + "almond is one of them. Choose a carrier with no common allergen, such as sunflower, "
                        + "grapeseed or jojoba.",
                "1 file checked, 1 with errors");
    }

    @Test
    void noPathPrintsUsageAndExitsTwo() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("give at least one file or folder").contains("Usage:");
    }

    @Test
    void missingPathExitsTwoWithASentence(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThat(run("validate", "routines", missing.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("easeback validate: cannot find '" + missing
                + "'; check the path and try again");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void routinesUseTheCatalogBesideThemInTheSameOrAParentFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("techniques.json"), CATALOG);
        Files.writeString(dir.resolve("mine.json"), routine("mine", "foot-rub"));
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/nested.json"), routine("nested", "foot-rub"));
        assertThat(run("validate", dir.toString())).isZero();
        assertThat(outLines()).containsExactly("3 files checked, 0 with errors");
    }

    @Test
    void routineWithoutACatalogBesideItUsesTheBundledOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.json"), routine("mine", "foot-rub"));
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(outLines().get(0)).endsWith("error: unknown technique 'foot-rub'; the catalog has no technique "
                + "with this id");
    }

    @Test
    void duplicateRoutineIdsInOneRunAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), routine("same", "thumb-glide"));
        Files.writeString(dir.resolve("b.json"), routine("same", "thumb-glide"));
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        assertThat(outLines()).containsExactly(dir.resolve("b.json") + ":1:40: error: routine id 'same' is already "
                        + "used by " + dir.resolve("a.json") + "; ids must be unique within a library, so give this "
                        + "routine its own id",
                "2 files checked, 1 with errors");
    }

    @Test
    void brokenSchemaIsCheckedAgainstTheMetaSchema(@TempDir Path dir) throws IOException {
        Path schema = dir.resolve("bad.schema.json");
        Files.writeString(schema, """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "objekt",
                  "minLength": -1
                }
                """);
        assertThat(run("validate", schema.toString())).isEqualTo(1);
        assertThat(outLines()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(l -> assertThat(l).startsWith(schema + ":3:11: error: not a valid JSON Schema 2020-12:"))
                .anySatisfy(l -> assertThat(l).startsWith(schema + ":4:16: error: not a valid JSON Schema 2020-12:"))
                .last().isEqualTo("1 file checked, 1 with errors");
    }

    @Test
    void receiverFilesAreCheckedByTheirFormat() {
        assertThat(run("validate", "src/test/resources/broken/receiver-broken.json")).isEqualTo(1);
        assertThat(outLines()).anySatisfy(l -> assertThat(l).contains(":6:5: error: sore spot 1 at (0.52, 0.4) "
                + "is refused: This point is on the spine."));
    }
}
