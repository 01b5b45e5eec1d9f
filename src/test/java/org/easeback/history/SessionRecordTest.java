package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.history.Journals.at;

import java.time.Duration;
import java.util.List;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;

class SessionRecordTest {

    @Test
    void durationLeavesOutPausesAndTheTimeTheAppWasClosed() {
        SessionRecord r = SessionRecord.of("j.jsonl", List.of(
                Journals.start("a", "Sam", at(0)),
                new JournalEvent.EntryStarted(at(0), 0, "Oil", "oil"),
                new JournalEvent.Paused(at(100), 0),
                new JournalEvent.Resumed(at(160), 0),           // 60 s paused
                new JournalEvent.EntryStarted(at(200), 1, "Glide", "technique"),
                new JournalEvent.Reopened(at(5000)),            // the app was closed from 200 s to 5000 s
                new JournalEvent.Resumed(at(5030), 1),          // a resumed session waits, paused, for Space
                new JournalEvent.Finished(at(5130))));

        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(100 + 40 + 100));
        assertThat(r.outcome()).isEqualTo(SessionOutcome.COMPLETED);
        assertThat(r.entryIndex()).isEqualTo(1);
    }

    @Test
    void aPainStopEndsTheSessionForPainWithItsAdvice() {
        SessionRecord r = SessionRecord.of("j.jsonl", List.of(
                Journals.start("a", "Sam", at(0)),
                new JournalEvent.CheckInAnswered(at(100), 3, CheckInAnswer.SAME),
                new JournalEvent.CheckInAnswered(at(200), 5, CheckInAnswer.IT_HURTS),
                new JournalEvent.PainStop(at(200), 5, "Stop the massage. If significant pain persists, see a doctor."),
                new JournalEvent.Stopped(at(200), 5, "pain", "It hurt.")));

        assertThat(r.outcome()).isEqualTo(SessionOutcome.STOPPED_FOR_PAIN);
        assertThat(r.painStops()).isEqualTo(1);
        assertThat(r.reason()).contains("see a doctor");
        assertThat(r.pressureAnswers()).extracting(CheckInRecord::answer).containsExactly(CheckInAnswer.SAME);
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(200));
    }

    @Test
    void aSessionWithoutAnEndIsUnfinishedAndAnAbandonedOneSaysWhy() {
        List<JournalEvent> open = List.of(Journals.start("a", "Sam", at(0)),
                new JournalEvent.EntryStarted(at(5), 2, "Glide", "technique"));
        assertThat(SessionRecord.of("j", open).outcome()).isEqualTo(SessionOutcome.UNFINISHED);

        SessionRecord closed = SessionRecord.of("j", List.of(open.get(0), open.get(1),
                new JournalEvent.Abandoned(at(9000), "closed")));
        assertThat(closed.outcome()).isEqualTo(SessionOutcome.ABANDONED);
        assertThat(closed.reason()).isEqualTo("closed");
        assertThat(closed.duration()).as("ends at the last event before the crash")
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theGiverStoppingIsAPlainStop() {
        SessionRecord r = SessionRecord.of("j", List.of(Journals.start("a", "Sam", at(0)),
                new JournalEvent.Stopped(at(30), 1, "giver", "The giver stopped the session.")));
        assertThat(r.outcome()).isEqualTo(SessionOutcome.STOPPED);
        assertThat(r.painStops()).isZero();
        assertThat(r.reason()).isEqualTo("The giver stopped the session.");
    }
}
