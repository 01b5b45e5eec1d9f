package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.engine.SessionSnapshotJson;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real session, journaled, read back: what the summary, the history and the CSV all derive from. */
class SessionRecordFromEngineTest {

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock();
    /** Wall time that moves with the engine's clock. */
    private final Clock wall = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2025-05-01T10:00:00Z").plusNanos(clock.nanoTime());
        }
    };

    private static PlanEntry technique(String title, int seconds) {
        return PlanEntry.technique(title, "thumb-glide", Side.BOTH, seconds).instructions(List.of("Glide."))
                .pressure(Pressure.GENTLE, Pressure.MODERATE).build();
    }

    private static Plan plan() {
        return plan(60);
    }

    /** A plan whose first check-in comes after {@code warmUpSeconds} of hands-on work. */
    private static Plan plan(int warmUpSeconds) {
        return Plan.of("basic", "Basic", List.of(technique("Warm-up", warmUpSeconds),
                PlanEntry.checkIn("More, less, or the same pressure?", List.of(), true),
                technique("Circles", 120), technique("Cool-down", 60)), 180, List.of());
    }

    private JournalingListener journaled(Session session) throws Exception {
        SessionJournal journal = SessionJournal.start(new DataDirectory(dir), new JournalEvent.Started(wall.instant(),
                "run1", "basic", "Basic", "Sam", List.of(), List.of(), 3));
        JournalingListener listener = new JournalingListener(journal, session, wall, Runnable::run);
        session.addListener(listener);
        return listener;
    }

    @Test
    void skippingEveryStepIsNotACompletedSession() throws Exception {
        Session session = new Session(plan(), clock);
        JournalingListener journal = journaled(session);
        session.start();
        clock.advanceSeconds(3);
        session.next();
        session.answer(CheckInAnswer.SAME);
        clock.advanceSeconds(2);
        session.next();
        session.next();

        SessionRecord r = journal.record();
        assertThat(r.outcome()).isEqualTo(SessionOutcome.COMPLETED_WITH_SKIPS);
        assertThat(r.steps().skipped()).isEqualTo(3);
        assertThat(r.steps().done()).isZero();
        assertThat(r.entries(EntryFate.SKIPPED)).extracting(e -> e.title() + " " + e.ran().toSeconds())
                .containsExactly("Warm-up 3", "Circles 2", "Cool-down 0");
        assertThat(r.handsOn()).isEqualTo(Duration.ofSeconds(5));
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(5));
        String csv = new HistoryCsvExporter(ZoneOffset.UTC).csv(List.of(r));
        assertThat(csv).contains(",completed with skips,").doesNotContain(",completed,");
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = List.of(csv.lines().skip(1).findFirst().orElseThrow().split(","));
        assertThat(Integer.parseInt(row.get(header.indexOf("steps_skipped")))).isEqualTo(3);
        assertThat(row.get(header.indexOf("duration_seconds"))).isEqualTo("5");
    }

    @Test
    void everyEntryDoneIsCompletedWithItsExtensionsInItsTime() throws Exception {
        // 45 s planned + 15 s extended keeps the first minute's hands-on time within the check-in rule.
        Session session = new Session(plan(45), clock);
        JournalingListener journal = journaled(session);
        session.start();
        clock.advanceSeconds(10);
        session.extend();
        clock.advanceSeconds(50);
        session.advance();
        session.answer(CheckInAnswer.FIRMER);
        clock.advanceSeconds(180);
        session.advance();

        SessionRecord r = journal.record();
        assertThat(r.outcome()).isEqualTo(SessionOutcome.COMPLETED);
        assertThat(r.steps()).isEqualTo(new SessionRecord.Steps(3, 0, 0, 0, 0, 15));
        assertThat(r.handsOn()).isEqualTo(Duration.ofSeconds(60 + 180));
        assertThat(r.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.before()).contains(Pressure.GENTLE);
            assertThat(c.after()).contains(Pressure.MODERATE);
        });
    }

    @Test
    void aSessionKilledAfterACheckInAndResumedKeepsWhatCameBefore() throws Exception {
        Session session = new Session(plan(), clock);
        JournalingListener first = journaled(session);
        session.start();
        clock.advanceSeconds(60);
        session.advance();
        session.answer(CheckInAnswer.LIGHTER);
        clock.advanceSeconds(30);
        session.pause(); // a snapshot 30 s into Circles
        clock.advanceSeconds(5);
        session.resume();
        clock.advanceSeconds(10); // killed here: nothing more is written
        Path file = dir.resolve("sessions").toFile().listFiles()[0].toPath();

        clock.advanceSeconds(600); // the app was closed
        UnfinishedSessions unfinished = new UnfinishedSessions(new DataDirectory(dir), wall);
        UnfinishedSessions.Unfinished u = unfinished.read(file);
        Session restored = Session.restore(plan(), SessionSnapshotJson.read(u.lastSnapshot().get().state()), clock);
        SessionJournal reopened = unfinished.resume(u);
        JournalingListener again = new JournalingListener(reopened, restored, wall, Runnable::run);
        restored.addListener(again);
        restored.advance();
        clock.advanceSeconds(20); // the giver gets ready: paused, not session time
        restored.resume();
        clock.advanceSeconds(4);
        restored.stop();

        SessionRecord r = again.record();
        assertThat(r.outcome()).isEqualTo(SessionOutcome.STOPPED);
        assertThat(r.checkIns()).extracting(CheckInRecord::answer).containsExactly(CheckInAnswer.LIGHTER);
        assertThat(r.entries(EntryFate.DONE)).extracting(EntryRecord::title).containsExactly("Warm-up",
                "More, less, or the same pressure?");
        assertThat(r.entries(EntryFate.STOPPED)).singleElement()
                .satisfies(e -> assertThat(e.ran()).isEqualTo(Duration.ofSeconds(34)));
        assertThat(r.handsOn()).isEqualTo(Duration.ofSeconds(60 + 34));
        // 60 + 40 s before the crash (the last line was the resume at 95 s), 4 s after
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(60 + 30 + 4));
        assertThat(r.handsOn()).isLessThanOrEqualTo(r.duration());
        assertThat(first.record().checkIns()).hasSize(1);

        // The history and the CSV read the same journal from disk and tell the same story.
        reopened.close();
        SessionRecord stored = new HistoryIndex(new DataDirectory(dir)).load().sessions().stream()
                .filter(x -> x.sessionId().equals(r.sessionId())).findFirst().orElseThrow();
        assertThat(stored.outcome()).isEqualTo(SessionOutcome.STOPPED);
        assertThat(stored.checkIns()).extracting(CheckInRecord::answer).containsExactly(CheckInAnswer.LIGHTER);
        assertThat(stored.duration()).isEqualTo(r.duration());
        assertThat(stored.handsOn()).isEqualTo(r.handsOn());
        String csv = new HistoryCsvExporter(ZoneOffset.UTC).csv(List.of(stored));
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = List.of(csv.lines().skip(1).findFirst().orElseThrow().split(","));
        assertThat(row.get(header.indexOf("duration_seconds"))).isEqualTo("94");
        assertThat(row.get(header.indexOf("hands_on_seconds"))).isEqualTo("94");
        assertThat(row.get(header.indexOf("steps_done"))).isEqualTo("1");
        assertThat(row.get(header.indexOf("lighter"))).isEqualTo("1");
    }

    @Test
    void aCrashLongAfterTheLastEventLosesAtMostFifteenSecondsOfTheEntry() throws Exception {
        Session session = new Session(plan(), clock);
        journaled(session);
        session.start();
        for (int i = 0; i < 50; i++) { // as the runner does: 50 s into the 60 s warm-up, 20 s past halfway
            clock.advanceSeconds(1);
            session.advance();
        } // killed here
        Path file = dir.resolve("sessions").toFile().listFiles()[0].toPath();

        UnfinishedSessions.Unfinished u = new UnfinishedSessions(new DataDirectory(dir), wall).read(file);
        Session restored = Session.restore(plan(), SessionSnapshotJson.read(u.lastSnapshot().get().state()), clock);

        assertThat(restored.elapsedInEntry()).isGreaterThanOrEqualTo(Duration.ofSeconds(50 - 15));
        assertThat(u.record().duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(50 - 15));
    }
}
