package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.easeback.engine.EntryKind;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJournalingTest {

    @TempDir
    Path dir;

    @Test
    void aJournaledSessionEndsUpInTheHistoryWithItsScreeningAnswers() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Receiver sam = new Receiver("Sam", "jojoba", List.of(), List.of(), Pressure.GENTLE,
                List.of(new SoreSpot(0.3, 0.5, "")));
        Plan plan = SampleLibrary.PLANNER.plan(SampleLibrary.FULL_PARTNER, sam,
                Screening.assess(ScreeningAnswers.allNo())).orElseThrow();
        FakeClock clock = new FakeClock();
        Session session = new Session(plan, clock);
        SessionJournaling journaling = new SessionJournaling(data,
                Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));

        SessionJournal journal = journaling.open(SampleLibrary.FULL_PARTNER, sam,
                Screening.assess(ScreeningAnswers.allNo()));
        journaling.attach(journal, session);
        session.start();
        clock.advance(Duration.ofSeconds(5));
        session.advanceTo(clock.nanoTime());
        session.stop();
        journaling.close();

        String text = Files.readString(journal.file());
        assertThat(text).contains("\"" + ScreeningQuestion.values()[0].id() + "\"");
        History history = new HistoryIndex(data).load();
        SessionRecord record = history.sessions().get(0);
        assertThat(record.receiverName()).isEqualTo("Sam");
        assertThat(record.outcome()).isEqualTo(SessionOutcome.STOPPED);
        assertThat(record.soreSpots()).containsExactly(new SoreSpot(0.3, 0.5, ""));
    }
}
