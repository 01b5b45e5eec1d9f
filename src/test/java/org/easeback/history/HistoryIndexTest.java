package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.history.Journals.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryIndexTest {

    @TempDir
    Path dir;

    @Test
    void theIndexIsWrittenAndGivesTheSameRecordsAsTheJournals() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", at(0));
        Journals.completed(data, "s2", "Kim", at(86400));

        History fromJournals = new HistoryIndex(data).load();
        History fromIndex = new HistoryIndex(data).load();

        assertThat(Files.readString(data.historyIndexFile())).startsWith("{\"format\":\"easeback-history-index/2\"");
        assertThat(fromIndex.sessions()).isEqualTo(fromJournals.sessions()).hasSize(2);
        assertThat(fromIndex.sessions().get(0).receiverName()).as("newest first").isEqualTo("Kim");
    }

    @Test
    void aJournalThatGrewIsReadAgainAndOneThatWentIsDropped() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", at(0));
        Path open;
        try (SessionJournal j = SessionJournal.start(data, Journals.start("s2", "Sam", at(1000)))) {
            open = j.file();
        }
        assertThat(new HistoryIndex(data).load().unfinished()).hasSize(1);

        Files.writeString(open, JournalCodec.line(new JournalEvent.Finished(at(1500))) + "\n",
                StandardOpenOption.APPEND);
        assertThat(new HistoryIndex(data).load().unfinished()).isEmpty();

        Files.delete(open);
        assertThat(new HistoryIndex(data).load().sessions()).extracting(SessionRecord::sessionId)
                .containsExactly("s1");
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheJournals() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam", at(0));
        new HistoryIndex(data).load();
        Files.writeString(data.historyIndexFile(), "{\"format\":\"easeback-history-index/1\",\"sessions\":[[\"x");

        History history = new HistoryIndex(data).load();

        assertThat(history.sessions()).extracting(SessionRecord::sessionId).containsExactly("s1");
        assertThat(history.problems()).isEmpty();
    }

    @Test
    void eachReceiverHasPressureSoreSpotAndPainStopSeriesOldestFirst() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s2", "Sam", at(86400));
        Journals.completed(data, "s1", "Sam", at(0));
        try (SessionJournal j = SessionJournal.start(data, Journals.start("s3", "Sam", at(2 * 86400)))) {
            j.append(new JournalEvent.CheckInAnswered(at(2 * 86400 + 100), 1, CheckInAnswer.LIGHTER));
            j.append(new JournalEvent.PainStop(at(2 * 86400 + 200), 3, "Stop."));
        }
        Journals.completed(data, "k1", "Kim", at(500));

        ReceiverSeries sam = new HistoryIndex(data).load().seriesFor("sam");

        assertThat(sam.pressure()).extracting(ReceiverSeries.PressureTally::session)
                .containsExactly(at(0), at(86400), at(2 * 86400));
        assertThat(sam.pressure()).extracting(ReceiverSeries.PressureTally::net).containsExactly(1, 1, -1);
        assertThat(sam.painStops()).extracting(ReceiverSeries.PainStops::count).containsExactly(0, 0, 1);
        assertThat(sam.soreSpots()).allSatisfy(s -> assertThat(s.spots()).hasSize(2));
    }

    @Test
    void aJournalWithoutAStartIsReportedAndLeftAlone() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Files.createDirectories(data.sessions());
        Path junk = data.sessions().resolve("junk.jsonl");
        Files.writeString(junk, "not json\n");

        History history = new HistoryIndex(data).load();

        assertThat(history.sessions()).isEmpty();
        assertThat(history.problems()).anySatisfy(p -> assertThat(p).contains("junk.jsonl").contains("left out"));
        assertThat(Files.readString(junk)).isEqualTo("not json\n");
    }
}
