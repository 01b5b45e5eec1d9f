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
}
