package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.easeback.history.JournalEvent;
import org.easeback.history.SessionJournal;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsEverySessionAsCsv() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        Instant t = Instant.parse("2025-05-01T10:00:00Z");
        try (SessionJournal j = SessionJournal.start(data, new JournalEvent.Started(t, "s1", "basic", "Basic",
                "Sam", List.of(), List.of()))) {
            j.append(new JournalEvent.Finished(t.plusSeconds(900)));
        }
        Path csv = dir.resolve("history.csv");

        CliRun run = CliRun.of("history", "export", csv.toString(), "--data", data.root().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported 1 session to " + csv + ".");
        assertThat(Files.readAllLines(csv)).hasSize(2).element(1).asString()
                .contains(",Sam,basic,Basic,900,completed,");
    }

    @Test
    void anEmptyHistoryExportsJustTheHeader() throws Exception {
        Path csv = dir.resolve("h.csv");
        CliRun run = CliRun.of("history", "export", csv.toString(), "--data", dir.resolve("none").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).singleElement().asString().startsWith("date,receiver,routine");
    }

    @Test
    void aMissingTargetFolderIsExitCodeTwoWithASentence() {
        CliRun run = CliRun.of("history", "export", dir.resolve("no/such/h.csv").toString(), "--data",
                dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist. Create it or choose another place.");
    }
}
