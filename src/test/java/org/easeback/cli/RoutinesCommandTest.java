package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code routines export} and {@code routines import} from the command line. */
class RoutinesCommandTest {

    private static final String CATALOG = """
            {"format": "easeback-techniques/1", "techniques": [
              {"id": "palm-press", "name": "Palm press", "audience": "partner", "level": "home",
               "levelReason": "Gentle, on the muscles.", "pressure": "gentle", "maxPressure": "moderate",
               "works": ["lower-back"], "avoids": ["spine"], "instructions": ["Press gently with the palm."]}]}
            """;
    private static final String ROUTINE = """
            {"format": "easeback-routine/1", "id": "my-palms", "title": "My palms", "audience": "partner",
             "steps": [{"kind": "technique", "technique": "palm-press", "seconds": 30}, {"kind": "check-in"}]}
            """;

    @Test
    void exportThenImportOnAnotherDataFolderThenPlan(@TempDir Path a, @TempDir Path b, @TempDir Path out)
            throws IOException {
        Files.createDirectories(a.resolve("techniques"));
        Files.createDirectories(a.resolve("routines"));
        Files.writeString(a.resolve("techniques/mine.json"), CATALOG);
        Files.writeString(a.resolve("routines/my-palms.json"), ROUTINE);
        Path share = out.resolve("my-palms.share.json");
        CliRun exported = CliRun.of("routines", "export", "my-palms", share.toString(), "--data", a.toString());
        assertThat(exported.err()).isEmpty();
        assertThat(exported.exitCode()).isZero();
        CliRun again = CliRun.of("routines", "export", "my-palms", share.toString(), "--data", a.toString());
        assertThat(again.err()).contains("already exists; nothing was overwritten");
        CliRun imported = CliRun.of("routines", "import", share.toString(), "--data", b.toString());
        assertThat(imported.out()).isEqualTo("Imported 'My palms' as my-palms.\n");
        CliRun twice = CliRun.of("routines", "import", share.toString(), "--data", b.toString());
        assertThat(twice.out()).contains("the imported one becomes 'my-palms-2', and both are kept.");
        CliRun plan = CliRun.of("plan", "my-palms-2", "--data", b.toString());
        assertThat(plan.out()).contains("Palm press");
        assertThat(plan.exitCode()).isZero();
    }

    @Test
    void aRefusedImportPrintsWhyAndWritesNothing(@TempDir Path b, @TempDir Path in) throws IOException {
        Path evil = Files.writeString(in.resolve("evil.json"), "{\"format\": \"easeback-share/1\", \"routine\": {},"
                + " \"pictures\": [{\"name\": \"../x.png\", \"png\": \"\"}]}");
        CliRun run = CliRun.of("routines", "import", evil.toString(), "--data", b.toString());
        assertThat(run.out()).contains("picture name '../x.png' must be a plain file name");
        assertThat(run.err()).contains("nothing was written");
        assertThat(run.exitCode()).isEqualTo(1);
        try (var files = Files.list(b)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void importOfAFifoIsRefusedWithoutReadingIt(@TempDir Path b, @TempDir Path in) throws Exception {
        Path fifo = in.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        CliRun run = CliRun.of("routines", "import", fifo.toString(), "--data", b.toString());
        assertThat(run.err()).contains("is not a plain file");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
