package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.history.Journals.at;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJournalTest {

    @TempDir
    Path dir;

    private final List<JournalEvent> everyKind = List.of(
            Journals.start("abc123", "Sam", at(0)),
            new JournalEvent.SafetyDecision(at(1), "screening", "gentle pressure only today"),
            new JournalEvent.EntryStarted(at(2), 0, "Warm the oil", "oil"),
            new JournalEvent.Snapshot(at(2), 0, "{\"format\":\"easeback-session-snapshot/1\",\"entryIndex\":0}"),
            new JournalEvent.Paused(at(10), 0),
            new JournalEvent.Resumed(at(20), 0),
            new JournalEvent.Extended(at(30), 0, 15),
            new JournalEvent.CheckInAnswered(at(40), 1, CheckInAnswer.LIGHTER),
            new JournalEvent.PainStop(at(50), 2, "Stop. See a doctor if significant pain persists."),
            new JournalEvent.Stopped(at(50), 2, "pain", "It hurt."),
            new JournalEvent.Abandoned(at(60), "closed"),
            new JournalEvent.Reopened(at(70)),
            new JournalEvent.Finished(at(80)));

    @Test
    void everyEventIsOneLineAndReadsBackEqual() throws IOException {
        Path file;
        try (SessionJournal journal = SessionJournal.start(new DataDirectory(dir),
                (JournalEvent.Started) everyKind.get(0))) {
            for (JournalEvent e : everyKind.subList(1, everyKind.size())) {
                journal.append(e);
            }
            file = journal.file();
        }

        assertThat(Files.readAllLines(file)).hasSize(everyKind.size()).first().asString()
                .startsWith("{\"format\":\"easeback-journal/1\",\"event\":\"start\"");
        JournalContents read = JournalReader.read(file);
        assertThat(read.events()).isEqualTo(everyKind);
        assertThat(read.problems()).isEmpty();
        assertThat(read.tornTail()).isFalse();
    }

    @Test
    void aJournalCutOffMidLineStillReadsEverythingBeforeTheCut() throws IOException {
        Path file = journalOf(everyKind.subList(0, 8));
        String whole = Files.readString(file);
        Files.writeString(file, whole + "{\"event\":\"pause\",\"at\":\"2025-05-01T10:0");

        JournalContents read = JournalReader.read(file);

        assertThat(read.events()).isEqualTo(everyKind.subList(0, 8));
        assertThat(read.tornTail()).isTrue();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void aDamagedLineInTheMiddleIsSkippedWithASentence() throws IOException {
        Path file = journalOf(everyKind.subList(0, 3));
        Files.write(file, new byte[] {'{', (byte) 0xFF, '}', '\n'}, StandardOpenOption.APPEND);
        Files.writeString(file, JournalCodec.line(everyKind.get(4)) + "\n", StandardOpenOption.APPEND);

        JournalContents read = JournalReader.read(file);

        assertThat(read.events()).containsExactly(everyKind.get(0), everyKind.get(1), everyKind.get(2),
                everyKind.get(4));
        assertThat(read.problems()).singleElement().asString()
                .isEqualTo("Line 4 of the session journal " + file + " is skipped because it is not UTF-8 text.");
    }

    @Test
    void reopeningCutsOffATornLineSoTheNextEventStandsOnItsOwnLine() throws IOException {
        Path file = journalOf(everyKind.subList(0, 3));
        Files.writeString(file, "{\"event\":\"pau", StandardOpenOption.APPEND);

        try (SessionJournal journal = SessionJournal.reopen(file)) {
            journal.append(new JournalEvent.Reopened(at(100)));
        }

        JournalContents read = JournalReader.read(file);
        assertThat(read.events()).hasSize(4).last().isEqualTo(new JournalEvent.Reopened(at(100)));
        assertThat(read.tornTail()).isFalse();
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void aJournalThatDoesNotStartWithAStartEventIsNotTakenForASession() throws IOException {
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, JournalCodec.line(everyKind.get(2)) + "\n", StandardCharsets.UTF_8);

        JournalContents read = JournalReader.read(file);

        assertThat(read.events()).isEmpty();
        assertThat(read.problems()).singleElement().asString().contains("must start with a start event");
    }

    private Path journalOf(List<JournalEvent> events) throws IOException {
        try (SessionJournal journal = SessionJournal.start(new DataDirectory(dir),
                (JournalEvent.Started) events.get(0))) {
            for (JournalEvent e : events.subList(1, events.size())) {
                journal.append(e);
            }
            return journal.file();
        }
    }
}
