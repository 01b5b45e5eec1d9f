package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints about files from strangers: file names taken literally, and every value and name
 * escaped, so one diagnostic is one line and no control character reaches the terminal.
 */
class TerminalOutputTest {

    @TempDir
    Path dir;

    static final String ROUTINE = """
            {"format": "easeback-routine/1", "id": "%s", "title": "%s", "audience": "partner",
             "steps": [{"kind": "technique", "technique": "%s", "seconds": 60}]}
            """;

    static final String TITLED_STEP = """
            {"format": "easeback-routine/1", "id": "p", "title": "%1$s", "audience": "partner",
             "steps": [{"kind": "technique", "technique": "thumb-glide", "seconds": 60, "title": "%1$s"}]}
            """;

    /** Any raw control character (C0 but newline, DEL, C1) or bidi control in what was printed. */
    static void assertNoRawControlCharacters(String printed) {
        assertThat(printed.chars().filter(c -> c != '\n' && (Character.isISOControl(c)
                || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e))))
                .as("raw control characters in: %s", printed).isEmpty();
    }

    @Test
    void anAtSignFileNameIsAFileNotAListOfArguments() throws Exception {
        Path atFile = dir.resolve("@list.json");
        Files.writeString(atFile, ROUTINE.formatted("listed", "Listed", "thumb-glide"));
        // Expanding @list.json would read list.json as arguments and validate what it names.
        Path list = dir.resolve("list.json");
        Files.writeString(list, dir.resolve("elsewhere.json") + "\n");
        CliRun run = CliRun.of("validate", atFile.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("1 file checked, 0 with errors");

        CliRun relative = CliRun.of("validate", "@" + list);
        assertThat(relative.exitCode()).as("'@%s' is a missing file, not the arguments in %s", list, list)
                .isEqualTo(2);
        assertThat(relative.err()).contains("cannot find '@" + list + "'").doesNotContain("elsewhere.json");
    }

    @Test
    void aNewlineInAFileNameCannotForgeADiagnosticLine() throws Exception {
        Path forged = dir.resolve("x.json\nforged.json:1:1: error: forged.json");
        Files.writeString(forged, ROUTINE.formatted("x", "X", "no-such-technique"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.out()).hasSize(2)
                .first().asString()
                .startsWith(dir + "/x.json\\nforged.json:1:1: error: forged.json:2:")
                .contains("error: unknown technique 'no-such-technique'");
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("forged.json"));
    }

    @Test
    void escapeAndBellInAFileNameAreEscaped() throws Exception {
        Path file = dir.resolve("evil\u001b]0;pwned\u0007\u001b[2J.json");
        Files.writeString(file, "{");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("evil\\e]0;pwned\\x07\\e[2J.json:1:");
        assertNoRawControlCharacters(run.out() + run.err());
    }

    @Test
    void aValueWithEscapesEndsUpEscapedInTheDiagnostic() throws Exception {
        Path file = dir.resolve("r.json");
        // JSON escapes: ESC, a newline that would start a forged diagnostic, a C1 CSI and a bidi override.
        Files.writeString(file, ROUTINE.formatted("r", "T",
                "x\\u001b[31m\\nroutines/partner-short.json:1:1: error: forged\\u009b\\u202e"));
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("x\\e[31m\\nroutines/partner-short.json:1:1: error: forged\\x9b\\u202e");
        assertNoRawControlCharacters(run.out() + run.err());
    }

    @Test
    void aMissingFileWithControlCharactersInItsNameIsNamedEscaped() {
        CliRun run = CliRun.of("validate", dir.resolve("gone\u001b[31m\n.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gone\\e[31m\\n.json").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
        assertNoRawControlCharacters(run.out() + run.err());
    }

    @Test
    void planEscapesTitlesFromTheRoutine() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, TITLED_STEP.formatted("Calm\\u001b[5m\\n 2. 00:00  forged"));
        CliRun text = CliRun.of("plan", file.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Calm\\e[5m\\n 2. 00:00  forged (p)\n")
                .contains("technique  Calm\\e[5m\\n 2. 00:00  forged —");
        assertThat(text.out().lines()).noneMatch(l -> l.startsWith(" 2. 00:00"));
        assertNoRawControlCharacters(text.out() + text.err());

        CliRun json = CliRun.of("plan", "--json", file.toString());
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"Calm\\u001B[5m\\n 2. 00:00  forged\"");
        assertNoRawControlCharacters(json.out());
    }

    @Test
    void planJsonEscapesC1AndBidiControlsAsJsonEscapes() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, TITLED_STEP.formatted("A\u009bB\u202eC\u007fD"));
        CliRun json = CliRun.of("plan", "--json", file.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"A\\u009bB\\u202eC\\u007fD\"");
        assertNoRawControlCharacters(json.out());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("entries").path(0).path("title").asText())
                .as("still valid JSON with the same value").isEqualTo("A\u009bB\u202eC\u007fD");
    }

    @Test
    void anUnknownRoutineIdIsEchoedEscaped() {
        CliRun run = CliRun.of("plan", "nope\u001b[31m");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'nope\\e[31m' is neither a routine file");
        assertNoRawControlCharacters(run.err());
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() {
        CliRun run = CliRun.of("validate", "--x\u001b[2J");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--x\\e[2J");
        assertNoRawControlCharacters(run.err());
    }

    @Test
    void anUnknownReceiverNameIsEchoedEscaped() {
        CliRun run = CliRun.of("receivers", "export", "Sam\n\u001b[31m", dir.resolve("o.json").toString(),
                "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no receiver named \"Sam\\n\\e[31m\"");
        assertThat(run.err().lines()).hasSize(1);
        assertNoRawControlCharacters(run.err());
    }
    @Test
    void aPathArgumentThatIsNoPathIsASentence() {
        CliRun run = CliRun.of("validate", "bad\u0000name.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("easeback validate: 'bad\\x00name.json' is not a usable path (Nul character "
                + "not allowed). Check the name.\n");

        CliRun option = CliRun.of("plan", "partner-short", "--receiver", "bad\u0000name.json");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("'bad\\x00name.json' is not a usable path (Nul character not allowed)")
                .doesNotContain("Exception");
        assertNoRawControlCharacters(run.err() + option.err());
    }
    @Test
    void aBugIsASentenceThatSaysWhereTheDetailsAre() {
        String said = UserMessages.describe(new ArithmeticException("long overflow"));
        assertThat(said).startsWith("something went wrong inside Easeback. Details are in the log in ")
                .doesNotContain("Exception").doesNotContain("overflow");
    }
}
