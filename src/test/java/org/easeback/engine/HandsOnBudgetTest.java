package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.engine.Entries.checkIn;
import static org.easeback.engine.Entries.info;
import static org.easeback.engine.Entries.technique;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;

/** Check-ins hold in every path the session takes: extending, restarting, going back, long timed steps. */
class HandsOnBudgetTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingListener events = new RecordingListener();

    private Session started(Plan plan) {
        Session s = new Session(plan, clock);
        s.addListener(events);
        s.start();
        return s;
    }

    /** Runs the session a second at a time for {@code seconds}, answering every check-in "same". */
    private int runAnswering(Session s, int seconds) {
        int checkIns = 0;
        for (int i = 0; i < seconds && !s.state().isFinal(); i++) {
            clock.advanceSeconds(1);
            s.advance();
            if (s.state() == SessionState.CHECKING_IN) {
                s.answer(CheckInAnswer.SAME);
                checkIns++;
            }
        }
        return checkIns;
    }

    private static Plan plan(int checkInEvery, PlanEntry... entries) {
        return Plan.of("budget", "Budget", List.of(entries), checkInEvery, List.of());
    }

    @Test
    void extendingAgainAndAgainCannotCarryHandsOnTimePastTheInterval() {
        Session s = started(plan(60, technique("Glide", 50, 0), checkIn()));
        for (int i = 0; i < 20; i++) {
            clock.advanceSeconds(2);
            s.advance();
            if (s.state() == SessionState.RUNNING) {
                s.extend();
            }
        }
        // 40 s run, then E kept pressing; at 60 s of hands-on time the session asks, mid-entry.
        clock.advanceSeconds(19);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.RUNNING);
        clock.advanceSeconds(1);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        assertThat(s.entryIndex()).isZero();
        assertThat(events.of(SessionEvent.CheckInRequested.class)).singleElement()
                .satisfies(c -> assertThat(c.prompt()).isEqualTo("More, less, or the same pressure?"));
    }

    @Test
    void theHeldEntryGoesOnAfterTheAnswerForTheTimeItHadLeft() {
        Session s = started(plan(60, technique("Glide", 50, 0), checkIn()));
        clock.advanceSeconds(40);
        s.advance();
        s.extend();
        s.extend();
        clock.advanceSeconds(20);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        clock.advanceSeconds(30); // nobody answers: nothing moves
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        assertThat(s.elapsedInEntry()).hasSeconds(60);
        events.clear();
        s.answer(CheckInAnswer.SAME);
        assertThat(s.state()).isEqualTo(SessionState.RUNNING);
        assertThat(events.of(SessionEvent.EntryStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.length()).hasSeconds(20));
        clock.advanceSeconds(20);
        s.advance();
        assertThat(s.entryIndex()).isEqualTo(1);
    }

    @Test
    void restartingAnEntryAgainAndAgainCannotCarryHandsOnTimePastTheInterval() {
        Session s = started(plan(60, technique("Glide", 50, 0), checkIn()));
        int asked = 0;
        for (int i = 0; i < 12; i++) {
            clock.advanceSeconds(45);
            s.advance();
            if (s.state() == SessionState.CHECKING_IN) {
                asked++;
                s.answer(CheckInAnswer.SAME);
            }
            if (s.state() == SessionState.RUNNING && s.entryIndex() == 0) {
                s.restartEntry();
            }
        }
        // Restarting before the end never reaches the plan's check-in; the budget asks about every 60 s of
        // hands-on time (the time a check-in holds the entry does not count).
        assertThat(asked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aRoutineThatOpensWithACheckInStillGetsOneWithinTheFirstMinute() {
        Session s = started(plan(180, checkIn(), technique("Glide", 170, 0)));
        s.answer(CheckInAnswer.SAME);
        clock.advanceSeconds(59);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.RUNNING);
        clock.advanceSeconds(1);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        assertThat(s.entryIndex()).isEqualTo(1);
    }

    @Test
    void threeHoursOfTimedKneadingInInfoStepsAreCheckedInOn() {
        PlanEntry knead = PlanEntry.info("Knead the lower back", List.of("Work slowly."), OptionalInt.of(3_600));
        Session s = started(plan(180, knead, knead, knead));
        int checkIns = runAnswering(s, 3 * 3_600 + 600);
        // The first after 60 s, then every 180 s.
        assertThat(checkIns).isGreaterThanOrEqualTo(1 + (3 * 3_600 - 60) / 180);
    }

    @Test
    void aReadingStepIsNotHandsOnTime() {
        Session s = started(plan(60, info("Read about acute pain", 600)));
        assertThat(runAnswering(s, 700)).isZero();
    }

    @Test
    void aTimedOilStepIsHandsOnTime() {
        PlanEntry oil = PlanEntry.oil("Spread the oil", List.of("Spread it across the lower back."),
                OptionalInt.of(300));
        Session s = started(plan(180, oil));
        assertThat(runAnswering(s, 400)).isEqualTo(2); // at 60 s and 240 s
    }

    @Test
    void aPlannedCheckInAtTheEntrysEndIsNotDoubled() {
        Session s = started(plan(60, technique("Glide", 60, 0), checkIn(), technique("Glide", 60, 0)));
        assertThat(runAnswering(s, 200)).isEqualTo(1);
    }
}
