package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiversCommandTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path receiverFile(String name, String extra) throws Exception {
        Path file = dir.resolve(name.toLowerCase() + "-in.json");
        Files.writeString(file, "{\n  \"format\": \"easeback-receiver/1\",\n  \"name\": \"" + name + "\",\n"
                + "  \"carrierOil\": \"sweet almond oil\",\n  \"essentialOils\": [\"lavender\"],\n"
                + "  \"preferredPressure\": \"gentle\",\n"
                + "  \"soreSpots\": [{\"x\": 0.36, \"y\": 0.55, \"note\": \"tight\"}]" + extra + "\n}\n");
        return file;
    }

    @Test
    void importListAndExportUseTheGivenDataFolder() throws Exception {
        CliRun imported = CliRun.of("receivers", "import", receiverFile("Sam", "").toString(), "--data",
                data().toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported \"Sam\" into " + data().resolve("receivers/sam.json"));

        CliRun list = CliRun.of("receivers", "--data", data().toString(), "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().strip())
                .isEqualTo("Sam (gentle pressure, sweet almond oil with lavender, 1 sore spot)");
        assertThat(list.err()).isEmpty();

        Path out = dir.resolve("sam-out.json");
        CliRun export = CliRun.of("receivers", "export", "sam", out.toString(), "--data", data().toString());
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"name\" : \"Sam\"").contains("\"note\" : \"tight\"");
    }

    @Test
    void anEmptyDataFolderSaysHowToAddAReceiver() {
        CliRun list = CliRun.of("receivers", "list", "--data", data().toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("No receivers yet");
    }

    @Test
    void anInvalidFileIsRefusedWithItsDiagnosticsAndExitCodeOne() throws Exception {
        Path bad = receiverFile("Kim", ",\n  \"favouriteColour\": \"red\"");
        CliRun run = CliRun.of("receivers", "import", bad.toString(), "--data", data().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("easeback receivers import: " + bad + ":8:").contains("favouriteColour");
        assertThat(data().resolve("receivers")).doesNotExist();
    }

    @Test
    void aMissingFileIsExitCodeTwoWithASentence() {
        CliRun run = CliRun.of("receivers", "import", dir.resolve("nope.json").toString(), "--data",
                data().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot find the file").contains("nope.json").doesNotContain("Exception");
    }

    @Test
    void importingATakenNameIsRefusedUnlessReplacing() throws Exception {
        Path file = receiverFile("Sam", "");
        CliRun.of("receivers", "import", file.toString(), "--data", data().toString());

        CliRun again = CliRun.of("receivers", "import", file.toString(), "--data", data().toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists").contains("--replace");

        assertThat(CliRun.of("receivers", "import", file.toString(), "--replace", "--data", data().toString())
                .exitCode()).isZero();
    }

    @Test
    void exportingAnUnknownNameSaysHowToFindTheNames() {
        CliRun run = CliRun.of("receivers", "export", "Nobody", dir.resolve("x.json").toString(), "--data",
                data().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("There is no receiver named \"Nobody\"").contains("receivers list");
    }

    @Test
    void aDamagedProfileIsReportedMovedAsideAndItsBackupListed() throws Exception {
        Path file = receiverFile("Sam", "");
        CliRun.of("receivers", "import", file.toString(), "--data", data().toString());
        CliRun.of("receivers", "import", file.toString(), "--replace", "--data", data().toString()); // makes a .bak
        Files.writeString(data().resolve("receivers/sam.json"), "{\"format\": \"easeback-rec");

        CliRun list = CliRun.of("receivers", "list", "--data", data().toString());

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.out()).startsWith("Sam (");
        assertThat(list.err()).contains("sam.json").contains("moved aside").contains("was loaded instead")
                .doesNotContain("WARN");
    }

    @Test
    void withoutASubcommandItShowsUsage() {
        CliRun run = CliRun.of("receivers", "--data", data().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("list, import FILE or export NAME FILE");
    }

    @Test
    void concurrentImportsNeverLoseAWrite() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(receiverFile("Person" + i, ""));
        }
        Files.createDirectories(data());
        // The property is process-wide, so the threads share it; each import is its own store, lock and write.
        System.setProperty(org.easeback.storage.DataDirectory.PROPERTY, data().toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (Path f : files) {
                codes.add(pool.submit(() -> EasebackCommand.commandLine(null)
                        .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter())).execute("receivers", "import", f.toString())));
            }
            for (Future<Integer> c : codes) {
                assertThat(c.get()).isZero();
            }
        } finally {
            pool.shutdown();
            System.clearProperty(org.easeback.storage.DataDirectory.PROPERTY);
        }
        CliRun list = CliRun.of("receivers", "list", "--data", data().toString());
        assertThat(list.out().strip().split("\n")).hasSize(8);
    }
    @Test
    void importAppliesTheEditorsNameRules() throws Exception {
        // The JSON escapes put ESC and a newline into the name; the editor refuses both, and so does import.
        Path controls = receiverFile("Sam\\u001b[31m\\nEve", "");
        CliRun run = CliRun.of("receivers", "import", controls.toString(), "--data", data().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("easeback receivers import: The name \"Sam\\e[31m\\nEve\" has "
                + "spaces at its ends or control characters. Remove them.");
        assertThat(data().resolve("receivers")).doesNotExist();

        Path spaces = receiverFile("  Kim ", "");
        CliRun padded = CliRun.of("receivers", "import", spaces.toString(), "--data", data().toString());
        assertThat(padded.exitCode()).isEqualTo(1);
        assertThat(padded.err()).contains("The name \"Kim\" has spaces at its ends");
        assertThat(data().resolve("receivers")).doesNotExist();
    }

    @Test
    void importWithReplaceAppliesTheSameRules() throws Exception {
        CliRun.of("receivers", "import", receiverFile("Sam", "").toString(), "--data", data().toString());
        Path spaced = dir.resolve("spaced.json");
        Files.writeString(spaced, Files.readString(receiverFile("Sam", "")).replace("\"Sam\"", "\"Sam \""));
        CliRun run = CliRun.of("receivers", "import", spaced.toString(), "--replace", "--data", data().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("has spaces at its ends");
    }

    @Test
    void aStoredNameWithControlCharactersIsListedEscaped() throws Exception {
        // Written by hand (or by an older version) into the data folder, so no rule stopped it.
        Files.createDirectories(data().resolve("receivers"));
        Files.writeString(data().resolve("receivers/odd.json"), """
                {"format": "easeback-receiver/1", "name": "Odd\\u001b]0;x\\u0007\\nline",
                 "carrierOil": "jojoba\\u009b", "essentialOils": ["lavender\\r"]}
                """);
        CliRun list = CliRun.of("receivers", "list", "--data", data().toString());
        assertThat(list.out().strip()).as(list.err())
                .isEqualTo("Odd\\e]0;x\\x07\\nline (gentle pressure, jojoba\\x9b with lavender\\r, 0 sore spots)");
        TerminalOutputTest.assertNoRawControlCharacters(list.out() + list.err());
    }
}
