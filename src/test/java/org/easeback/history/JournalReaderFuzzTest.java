package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.fuzz.ReaderProperty.withinBound;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any bytes as a session journal give events and line-numbered problems, and the events give a history record, as
 * the history reads a journal; in bounded time, never an exception.
 */
class JournalReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyBytes(byte[] bytes) throws Exception {
        Path file = Path.of("fuzzed-journal.jsonl");
        JournalContents contents = withinBound(() -> JournalReader.parse(file, bytes));
        assertThat(contents.problems()).allSatisfy(p -> assertThat(p).startsWith("Line "));
        if (!contents.events().isEmpty()) {
            SessionRecord record = withinBound(() -> SessionRecord.of(file.toString(), contents.events()));
            assertThat(record.duration().isNegative()).as("session time is never negative").isFalse();
        }
    }
}
