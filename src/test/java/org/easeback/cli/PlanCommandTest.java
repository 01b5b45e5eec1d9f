package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.easeback.storage.DataDirectory;

class PlanCommandTest {

    private static final String DIR = "src/test/resources/plans/";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void jsonWithReceiverPrintsTheReviewedPlan() throws Exception {
        int code = EasebackCommand.run("plan", "--json", "--catalog", DIR + "techniques.json",
                "--receiver", DIR + "sam.json", DIR + "sore-spots.json");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.toString(StandardCharsets.UTF_8)))
                .isEqualTo(json.readTree(Files.readString(Path.of(DIR + "sore-spots-sam.expected.json"))));
    }

    @Test
    void textListsEntriesWithOffsetsMarksInsertedCheckInsAndGivesTheTotal() {
        int code = EasebackCommand.run("plan", "--catalog", DIR + "techniques.json", DIR + "sides.json");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).contains(" 3. 00:30  technique  Wrist-turn pull — left, gentle pressure (4)")
                .contains(" 4. 00:50  check-in   More, less, or the same pressure? — waits for an answer"
                        + "  [check-in added for safety]")
                .contains("Total: 03:00");
    }

    @Test
    void brokenRoutinePrintsItsDiagnosticsAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": \"easeback-routine/1\", ");
        int code = EasebackCommand.run("plan", "--catalog", DIR + "techniques.json", broken.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(broken + ":1:");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void textWithReceiverNotesTheOilDecision() {
        int code = EasebackCommand.run("plan", "--catalog", DIR + "techniques.json", "--receiver", DIR + "sam.json",
                DIR + "check-ins.json");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("Note: Oil step: Nobody has confirmed that the receiver has no sensitivity to"
                + " lavender.");
    }

    @Test
    void theNutAllergyReceiverHasTheAlmondCarrierRefusedWithTheReasonAndNoLavenderMixedIn() {
        int code = EasebackCommand.run("plan", "--catalog", DIR + "techniques.json", "--receiver",
                DIR + "nut-allergy.json", DIR + "check-ins.json");
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String reason = "Sweet almond must not be used: the receiver's sensitivity \"nut allergy\" covers tree nuts,"
                + " and sweet almond is one of them.";
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(DIR + "nut-allergy.json: refused in the oil step: "
                + reason);
        assertThat(text).contains("Note: Oil step: " + reason).doesNotContain("Mix lavender");
    }

    @Test
    void aRoutineFileIsCheckedAgainstTheSafetyRulesBeforeItIsPlanned(@TempDir Path dir) throws Exception {
        Path routine = dir.resolve("neat.json");
        Files.writeString(routine, """
                {"format": "easeback-routine/1", "id": "neat", "title": "Neat", "audience": "partner",
                 "steps": [{"kind": "oil", "title": "Oil", "instructions": "Apply lavender essential oil neat."}]}
                """);
        int code = EasebackCommand.run("plan", "--catalog", DIR + "techniques.json", routine.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("essential oil directly on the skin");
    }

    @Test
    void aCatalogThatBreaksTheSafetyRulesIsNotUsed() {
        int code = EasebackCommand.run("plan", "--catalog", "src/test/resources/broken/catalog-unsafe.json",
                DIR + "sides.json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("catalog-unsafe.json:15:5: error: technique "
                + "'swedish' is a professional technique marked \"level\": \"home\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void acceptsTheIdOfABundledRoutine() {
        int code = EasebackCommand.run("plan", "partner-short");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(partner-short)").contains("Total: ");
    }

    @Test
    void acceptsTheIdOfAUserRoutine(@TempDir Path data) throws Exception {
        Path routines = Files.createDirectories(data.resolve("routines"));
        Files.copy(Path.of(DIR + "sides.json"), routines.resolve("mine.json"));
        String id = new ObjectMapper().readTree(routines.resolve("mine.json").toFile()).get("id").asText();
        String old = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        try {
            int code = EasebackCommand.run("plan", "--json", id);
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("routine").asText())
                    .isEqualTo(id);
        } finally {
            if (old == null) {
                System.clearProperty(DataDirectory.PROPERTY);
            } else {
                System.setProperty(DataDirectory.PROPERTY, old);
            }
        }
    }

    @Test
    void unknownRoutineIdListsTheKnownIdsAndExitsWithTwo() {
        int code = EasebackCommand.run("plan", "no-such-routine");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("'no-such-routine' is neither a routine file nor the id of a known routine")
                .contains("partner-short").contains("partner-full");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
