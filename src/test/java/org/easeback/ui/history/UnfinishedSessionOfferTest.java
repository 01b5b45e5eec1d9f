package org.easeback.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionState;
import org.easeback.history.HistoryIndex;
import org.easeback.history.SessionJournal;
import org.easeback.history.SessionOutcome;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverStore;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningResult;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.easeback.history.SessionJournaling;

class UnfinishedSessionOfferTest {

    @TempDir
    Path dir;

    private DataDirectory data;
    private SessionJournaling journaling;
    private int killedAtEntry;
    private int planSize;
    private final List<String> asked = new ArrayList<>();
    private final List<Session> resumed = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    /** Runs a journaled session partway, then "kills" it: no stop, no finish. */
    @BeforeEach
    void sessionKilledMidway() throws Exception {
        data = new DataDirectory(dir);
        journaling = new SessionJournaling(data, Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
        ScreeningResult screening = Screening.assess(ScreeningAnswers.allNo());
        Receiver guest = Receiver.guest();
        Plan plan = SampleLibrary.PLANNER.plan(SampleLibrary.FULL_PARTNER, guest, screening).orElseThrow();
        planSize = plan.size();
        FakeClock clock = new FakeClock();
        Session session = new Session(plan, clock);
        SessionJournal journal = journaling.open(SampleLibrary.FULL_PARTNER, guest, screening);
        journaling.attach(journal, session);
        session.start();
        session.next();
        clock.advance(Duration.ofSeconds(3));
        session.advanceTo(clock.nanoTime());
        killedAtEntry = session.entryIndex();
        journaling.close();
        journal.close();
    }

    private UnfinishedSessionOffer offer() {
        return new UnfinishedSessionOffer(new SameThreadBackgroundTasks(),
                new SessionJournaling(data, Clock.systemUTC()), SampleLibrary::contents, SampleLibrary.PLANNER,
                ReceiverStore.of(data), (s, r, screening, j) -> resumed.add(s), ZoneOffset.UTC,
                org.easeback.engine.SessionClock.system());
    }

    @Test
    void offersToResumeTheSessionNamingRoutineReceiverStepAndTimeIntoIt() {
        offer().offer((resume, abandon) -> {
            asked.add(resume + " / " + abandon);
            return false;
        }, told::add);

        // The journal's wall clock stood still here, so no session time had passed.
        assertThat(asked).containsExactly("Resume Full lower-back massage for Guest, from Sun 1 Jun 2025 at 10:00: "
                + "step 2 of " + planSize + ", “Tuck the towel”, 0 s into the session / Close it as abandoned");
    }

    @Test
    void resumingRestoresTheEngineAtTheEntryItWasKilledIn() {
        offer().offer((resume, abandon) -> true, told::add);

        assertThat(told).isEmpty();
        assertThat(resumed).hasSize(1);
        assertThat(resumed.get(0).entryIndex()).isEqualTo(killedAtEntry);
        assertThat(resumed.get(0).state()).isEqualTo(SessionState.PAUSED);
    }

    @Test
    void closingAsAbandonedKeepsItInTheHistoryAsSuch() throws Exception {
        offer().offer((resume, abandon) -> false, told::add);

        assertThat(new HistoryIndex(data).load().sessions().get(0).outcome()).isEqualTo(SessionOutcome.ABANDONED);
        assertThat(resumed).isEmpty();
    }
}
