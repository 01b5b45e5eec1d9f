package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.history.Journals.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnfinishedSessionsTest {

    @TempDir
    Path dir;

    private final Clock later = Clock.fixed(at(3600), ZoneOffset.UTC);

    /** A session killed in entry 3, 40 s in, while it was writing a line: the channel is never closed. */
    private Path killedMidEntry(DataDirectory data) throws Exception {
        SessionJournal journal = SessionJournal.start(data, Journals.start("k1", "Sam", at(0)));
        journal.append(new JournalEvent.EntryStarted(at(100), 3, "Thumb glide", "technique"));
        journal.append(new JournalEvent.Snapshot(at(100), 3, "{\"entryIndex\":3,\"elapsedInEntryMillis\":0}"));
        journal.append(new JournalEvent.Snapshot(at(140), 3, "{\"entryIndex\":3,\"elapsedInEntryMillis\":40000}"));
        Files.writeString(journal.file(), "{\"event\":\"snapshot\",\"at\":\"2025-05-01T10:02:5",
                StandardOpenOption.APPEND);
        return journal.file();
    }

    @Test
    void aSessionKilledMidEntryIsFoundWithItsLastSnapshotAndResumesWhereItWas() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "done1", "Sam", at(-86400));
        Path journal = killedMidEntry(data);

        History history = new HistoryIndex(data).load(); // the next start of the app
        List<UnfinishedSessions.Unfinished> unfinished = new UnfinishedSessions(data, later).find(history);

        assertThat(unfinished).singleElement().satisfies(u -> {
            assertThat(u.journal()).isEqualTo(journal);
            assertThat(u.record().entryIndex()).isEqualTo(3);
            assertThat(u.lastSnapshot()).hasValueSatisfying(s -> {
                assertThat(s.entryIndex()).isEqualTo(3);
                assertThat(s.state()).contains("\"elapsedInEntryMillis\":40000");
            });
        });

        try (SessionJournal resumed = new UnfinishedSessions(data, later).resume(unfinished.get(0))) {
            resumed.append(new JournalEvent.Resumed(at(3650), 3)); // it opens paused: the wait is not session time
            resumed.append(new JournalEvent.Finished(at(3750)));
        }
        History after = new HistoryIndex(data).load();
        assertThat(after.unfinished()).isEmpty();
        SessionRecord record = after.sessions().stream().filter(s -> s.sessionId().equals("k1")).findFirst()
                .orElseThrow();
        assertThat(record.outcome()).isEqualTo(SessionOutcome.COMPLETED);
        assertThat(record.duration().toSeconds()).as("140 s before the crash, 100 s after it").isEqualTo(240);
    }

    @Test
    void anUnfinishedSessionCanBeClosedAsAbandoned() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        killedMidEntry(data);
        UnfinishedSessions sessions = new UnfinishedSessions(data, later);

        sessions.abandon(sessions.find(new HistoryIndex(data).load()).get(0));

        History after = new HistoryIndex(data).load();
        assertThat(after.unfinished()).isEmpty();
        assertThat(after.sessions()).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(SessionOutcome.ABANDONED);
            assertThat(s.reason()).isEqualTo(UnfinishedSessions.ABANDONED_REASON);
        });
    }
}
