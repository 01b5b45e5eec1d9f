package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Journals a stranger or a broken clock could leave in the sessions folder. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileJournalsTest {

    @TempDir
    Path dir;

    @Test
    void anOutOfRangeTimeIsSkippedWithItsLineNumberAndTheCsvIsStillWritten() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", Journals.at(0));
        Path journal;
        try (var files = Files.list(data.sessions())) {
            journal = files.findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        lines.add(2, "{\"event\":\"pause\",\"at\":\"+1000000000-12-31T23:59:59Z\",\"entry\":1}");
        Files.write(journal, lines, StandardCharsets.UTF_8);

        History history = new HistoryIndex(data).load();
        Path csv = dir.resolve("history.csv");
        new HistoryCsvExporter(ZoneOffset.UTC).export(history.sessions(), csv);

        assertThat(history.problems()).containsExactly("Line 3 of the session journal " + journal + " is skipped "
                + "because its time \"+1000000000-12-31T23:59:59Z\" is out of range (a journal holds times from "
                + "1970 to 9999).");
        assertThat(Files.readAllLines(csv)).hasSize(2);
    }

    @Test
    void aPipeAndALinkToDevZeroInTheSessionsFolderAreReportedAndSkipped() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", Journals.at(0));
        HostileFiles.fifo(data.sessions().resolve("pipe.jsonl"));
        HostileFiles.link(data.sessions().resolve("zero.jsonl"), HostileFiles.existing(Path.of("/dev/zero")));

        History history = new HistoryIndex(data).load();

        assertThat(history.sessions()).hasSize(1);
        assertThat(String.join("\n", history.problems())).contains("pipe.jsonl is a named pipe (FIFO), not a file")
                .contains("zero.jsonl leads outside its folder through a link");
    }

    @Test
    void aJournalSavedWithAByteOrderMarkIsRead() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", Journals.at(0));
        Path journal;
        try (var files = Files.list(data.sessions())) {
            journal = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(journal);
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        Files.write(journal, marked);

        assertThat(JournalReader.read(journal).problems()).isEmpty();
        assertThat(JournalReader.read(journal).events()).hasSize(6);
    }

    @Test
    void aPipeAsTheHistoryIndexIsRebuiltFromTheJournals() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", Journals.at(0));
        HostileFiles.fifo(data.historyIndexFile());

        assertThat(new HistoryIndex(data).load().sessions()).hasSize(1);
    }

    @Test
    void anIndexThatNamesAJournalWithANulOrAPathIsRebuiltNotTrusted() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", Journals.at(0));
        new HistoryIndex(data).load();
        String index = Files.readString(data.historyIndexFile());
        String journal = index.replaceAll("(?s).*?\\[\"([^\"]+\\.jsonl)\".*", "$1");
        Files.writeString(data.historyIndexFile(), index.replace(journal, "../x\\u0000.jsonl"));

        History history = new HistoryIndex(data).load();

        assertThat(history.sessions()).extracting(SessionRecord::journal).containsExactly(journal);
        assertThat(new UnfinishedSessions(data, java.time.Clock.systemUTC()).find(history)).isEmpty();
    }
}
