package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.engine.SessionSnapshot;
import org.easeback.engine.SessionSnapshotJson;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalingListenerTest {

    @TempDir
    Path dir;

    private final Clock wall = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);

    private static PlanEntry technique(String title, int seconds) {
        return PlanEntry.technique(title, "thumb-glide", Side.BOTH, seconds).instructions(List.of("Glide."))
                .pressure(Pressure.GENTLE, Pressure.MODERATE).strokesPerMinute(12).build();
    }

    private static Plan plan() {
        return Plan.of("basic", "Basic", List.of(technique("Warm-up", 30), technique("Thumb glide", 30),
                PlanEntry.checkIn("More, less, or the same pressure?", List.of(), true),
                technique("Circles", 120), technique("Cool-down", 60)), 180, List.of());
    }

    @Test
    void aSessionKilledMidEntryResumesWhereItWasFromItsJournal() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        FakeClock clock = new FakeClock();
        Session session = new Session(plan(), clock);
        SessionJournal journal = SessionJournal.start(data, new JournalEvent.Started(wall.instant(), "run1",
                "basic", "Basic", "Sam", List.of(), List.of()));
        session.addListener(new JournalingListener(journal, session, wall, Runnable::run));

        session.start();
        clock.advanceSeconds(30);
        session.advance();               // Thumb glide starts
        clock.advanceSeconds(30);
        session.advance();               // the check-in, within the first minute of hands-on work
        session.answer(CheckInAnswer.FIRMER);
        clock.advanceSeconds(70);
        session.advance();               // 70 s into "Circles": past its halfway snapshot at 60 s
        // kill -9: the journal is never closed and nothing more is written.

        History history = new HistoryIndex(data).load();
        UnfinishedSessions unfinished = new UnfinishedSessions(data, wall);
        UnfinishedSessions.Unfinished u = unfinished.find(history).get(0);
        SessionSnapshot snapshot = SessionSnapshotJson.read(u.lastSnapshot().orElseThrow().state());
        Session resumed = Session.restore(plan(), snapshot, new FakeClock());

        assertThat(u.record().checkIns()).extracting(CheckInRecord::answer).containsExactly(CheckInAnswer.FIRMER);
        assertThat(resumed.entryIndex()).isEqualTo(3);
        assertThat(resumed.currentEntry().orElseThrow().title()).isEqualTo("Circles");
        // The halfway snapshot was taken when the engine processed it, 70 s in; a real runner does so at ~60 s.
        assertThat(resumed.elapsedInEntry()).as("resumes at the last snapshot, inside the entry")
                .isEqualTo(Duration.ofSeconds(70));
        assertThat(resumed.pressureShift()).isEqualTo(1);
    }

    @Test
    void aPainStopIsJournalledAsAPainStopWithItsAdvice() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        FakeClock clock = new FakeClock();
        Session session = new Session(plan(), clock);
        try (SessionJournal journal = SessionJournal.start(data, new JournalEvent.Started(wall.instant(), "run2",
                "basic", "Basic", "Sam", List.of(), List.of()))) {
            session.addListener(new JournalingListener(journal, session, wall, Runnable::run));
            session.start();
            clock.advanceSeconds(10);
            session.advance();
            session.painStop();
        }

        SessionRecord record = new HistoryIndex(data).load().sessions().get(0);
        assertThat(record.outcome()).isEqualTo(SessionOutcome.STOPPED_FOR_PAIN);
        assertThat(record.painStops()).isEqualTo(1);
        assertThat(record.reason()).isEqualTo(Session.PAIN_MESSAGE);
    }

    @Test
    void theSafetyDecisionsOfASessionGoIntoItsJournalInOrder() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        FakeClock clock = new FakeClock();
        Session session = new Session(plan(), clock);
        SafetyLog safety = new SafetyLog("Sam", wall);
        safety.record(Screening.assess(ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)));
        Path file;
        try (SessionJournal journal = SessionJournal.start(data, new JournalEvent.Started(wall.instant(), "run3",
                "basic", "Basic", "Sam", List.of(), List.of()))) {
            file = journal.file();
            session.addListener(new SessionSafetyRecorder(safety, Pressure.GENTLE));
            JournalingListener listener = new JournalingListener(journal, session, wall, Runnable::run);
            session.addListener(listener);
            safety.sendTo(listener::record);
            session.start();
            session.painStop();
        }

        List<String> rules = JournalReader.read(file).events().stream()
                .filter(e -> e instanceof JournalEvent.SafetyDecision)
                .map(e -> ((JournalEvent.SafetyDecision) e).rule()).toList();
        assertThat(rules).containsExactly("screening-caution", "pain-stop");
    }

    @Test
    void aWriteThatFailsIsReportedOnceWithAReasonTheGiverCanAct() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Session session = new Session(plan(), new FakeClock());
        SessionJournal journal = SessionJournal.start(data, new JournalEvent.Started(wall.instant(), "run2",
                "basic", "Basic", "Sam", List.of(), List.of()));
        JournalingListener listener = new JournalingListener(journal, session, wall, Runnable::run);
        List<String> reasons = new java.util.ArrayList<>();
        listener.onFailure(reasons::add);
        session.addListener(listener);
        journal.close(); // every append from now on throws

        session.start();
        session.pause();

        assertThat(listener.failure()).isPresent();
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0)).startsWith("its journal could not be written (")
                .endsWith("Check that the data folder is writable and has space.");
        List<String> late = new java.util.ArrayList<>();
        listener.onFailure(late::add);
        assertThat(late).as("a listener added after the failure hears of it at once").hasSize(1);
    }
}
