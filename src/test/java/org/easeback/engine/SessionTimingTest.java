package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.engine.Entries.checkIn;
import static org.easeback.engine.Entries.info;
import static org.easeback.engine.Entries.technique;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.Test;

/** What a session sends, and when, driven by a fake clock. */
class SessionTimingTest {

    private static final long S = 1_000_000_000L;
    private final FakeClock clock = new FakeClock();
    private final RecordingListener events = new RecordingListener();

    private Session started(Plan plan) {
        Session s = new Session(plan, clock);
        s.addListener(events);
        assertThat(s.start().accepted()).isTrue();
        return s;
    }

    @Test
    void timedEntrySendsBeatsHalfwayCountdownAndTicksAtIdealTimes() {
        long t0 = clock.nanoTime();
        Session s = started(Entries.plan(technique("Glide", 10, 60), info("Rest", 5)));
        clock.advanceSeconds(10);
        s.advance();

        assertThat(events.of(SessionEvent.PaceBeat.class)).extracting(SessionEvent::atNanos)
                .containsExactly(t0, t0 + S, t0 + 2 * S, t0 + 3 * S, t0 + 4 * S, t0 + 5 * S, t0 + 6 * S,
                        t0 + 7 * S, t0 + 8 * S, t0 + 9 * S);
        assertThat(events.of(SessionEvent.PaceBeat.class)).extracting(SessionEvent.PaceBeat::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(events.of(SessionEvent.Halfway.class)).extracting(SessionEvent::atNanos).containsExactly(t0 + 5 * S);
        assertThat(events.of(SessionEvent.Countdown.class)).extracting(SessionEvent.Countdown::secondsLeft)
                .containsExactly(3, 2, 1);
        assertThat(events.of(SessionEvent.Countdown.class)).extracting(SessionEvent::atNanos)
                .containsExactly(t0 + 7 * S, t0 + 8 * S, t0 + 9 * S);
        List<SessionEvent.Tick> ticks = events.of(SessionEvent.Tick.class).stream()
                .filter(t -> t.entryIndex() == 0).toList();
        assertThat(ticks).hasSize(99);
        assertThat(ticks.get(0).remainingInSession()).isEqualTo(Duration.ofMillis(14_900));
        assertThat(events.of(SessionEvent.EntryStarted.class)).extracting(SessionEvent::atNanos)
                .containsExactly(t0, t0 + 10 * S);
    }

    @Test
    void lateProcessingNeverShiftsTheSchedule() {
        long t0 = clock.nanoTime();
        Session s = started(Entries.plan(technique("A", 7, 13), technique("B", 11, 17), info("C", 3)));
        clock.advanceNanos(10 * S + 123_456_789L); // one very late wake-up
        s.advance();
        clock.advanceSeconds(60);
        s.advance();

        assertThat(events.of(SessionEvent.EntryStarted.class)).extracting(SessionEvent::atNanos)
                .containsExactly(t0, t0 + 7 * S, t0 + 18 * S);
        assertThat(events.of(SessionEvent.Finished.class)).singleElement()
                .satisfies(f -> assertThat(f.atNanos()).isEqualTo(t0 + 21 * S))
                .satisfies(f -> assertThat(f.runningTime()).isEqualTo(Duration.ofSeconds(21)));
        // 7 s at 13/min: beats at k * 60/13 s < 7 s -> k = 0, 1 -> 2 beats; 11 s at 17/min: k * 3.53 s -> 4 beats.
        assertThat(events.of(SessionEvent.PaceBeat.class)).hasSize(6);
    }

    @Test
    void pausedTimeIsNotCountedAndNothingIsSentWhilePaused() {
        long t0 = clock.nanoTime();
        Session s = started(Entries.plan(technique("Glide", 10, 60), info("Rest", 5)));
        clock.advanceMillis(3_500);
        s.pause();
        events.clear();
        clock.advanceSeconds(100);
        s.advance();
        assertThat(events.events).isEmpty();
        assertThat(s.nextDeadlineNanos()).isEmpty();
        s.resume();
        clock.advanceMillis(6_500);
        s.advance();
        assertThat(events.of(SessionEvent.EntryStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.atNanos()).isEqualTo(t0 + 110 * S));
    }

    @Test
    void secondSideSendsSwitchSidesRightAfterItStarts() {
        Session s = started(Entries.plan(technique("Glide", 5, 0, Side.LEFT, false),
                technique("Glide", 5, 0, Side.RIGHT, true)));
        clock.advanceSeconds(5);
        s.advance();
        int started = events.events.indexOf(events.of(SessionEvent.EntryStarted.class).get(1));
        assertThat(events.events.get(started + 1)).isEqualTo(
                new SessionEvent.SwitchSides(1, clock.nanoTime(), Side.RIGHT));
        assertThat(events.of(SessionEvent.SwitchSides.class)).hasSize(1);
    }

    @Test
    void unansweredCheckInStaysPausedForAnyLengthOfTime() {
        Session s = started(Entries.plan(checkIn(), technique("Glide", 5, 60)));
        events.clear();
        for (int hour = 0; hour < 48; hour++) {
            clock.advanceSeconds(3600);
            s.advance();
        }
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
        assertThat(events.events).isEmpty();
        assertThat(s.next().refused()).isTrue();
        assertThat(s.resume().refused()).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.CHECKING_IN);
    }

    @Test
    void itHurtsStopsForSafetyAtOnceWithTheArticlesAdvice() {
        Session s = started(Entries.plan(technique("Glide", 5, 0), checkIn(), technique("Glide", 5, 0)));
        clock.advanceSeconds(5);
        s.advance();
        assertThat(s.answer(CheckInAnswer.IT_HURTS).accepted()).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(events.last()).isInstanceOfSatisfying(SessionEvent.Stopped.class, st -> {
            assertThat(st.reason()).isEqualTo(StopReason.PAIN);
            assertThat(st.message()).contains(org.easeback.safety.SafetyAdvice.PAIN_STOP);
        });
        clock.advanceSeconds(60);
        s.advance();
        assertThat(events.last()).isInstanceOf(SessionEvent.Stopped.class);
    }

    @Test
    void firmerAndLighterMoveThePressureOneLevelWithinTheTechniquesMaximum() {
        Session s = started(Entries.plan(technique("A", 1, 0), checkIn(), technique("B", 1, 0), checkIn(),
                technique("C", 1, 0), checkIn(), technique("D", 1, 0), checkIn(), technique("E", 1, 0)));
        PlanEntry gentleUpToModerate = s.plan().entry(0);
        clock.advanceSeconds(1);
        s.answer(CheckInAnswer.FIRMER);
        assertThat(s.pressureFor(gentleUpToModerate)).contains(Pressure.MODERATE);
        assertThat(events.of(SessionEvent.EntryStarted.class).get(2).pressure()).contains(Pressure.MODERATE);
        clock.advanceSeconds(1);
        s.answer(CheckInAnswer.FIRMER); // already at the technique's maximum
        assertThat(s.pressureFor(gentleUpToModerate)).contains(Pressure.MODERATE);
        assertThat(events.of(SessionEvent.PressureChanged.class)).hasSize(1);
        clock.advanceSeconds(1);
        s.answer(CheckInAnswer.LIGHTER);
        clock.advanceSeconds(1);
        s.answer(CheckInAnswer.LIGHTER);
        assertThat(s.pressureFor(gentleUpToModerate)).contains(Pressure.LIGHT);
        assertThat(events.of(SessionEvent.PressureChanged.class)).extracting(SessionEvent.PressureChanged::shift)
                .containsExactly(1, 0, -1);
    }

    @Test
    void extendAddsFifteenSecondsAndMovesTheCountdown() {
        long t0 = clock.nanoTime();
        Session s = started(Entries.plan(technique("Glide", 10, 0), info("Rest", 1)));
        clock.advanceMillis(7_500); // countdown 3 already sent at 7 s
        s.advance();
        assertThat(s.extend().accepted()).isTrue();
        clock.advanceSeconds(30);
        s.advance();
        assertThat(events.of(SessionEvent.Countdown.class)).extracting(SessionEvent::atNanos)
                .containsExactly(t0 + 7 * S, t0 + 22 * S, t0 + 23 * S, t0 + 24 * S);
        assertThat(events.of(SessionEvent.EntryStarted.class).get(1).atNanos()).isEqualTo(t0 + 25 * S);
        assertThat(s.totalExtensionSeconds()).isEqualTo(15);
        assertThat(events.of(SessionEvent.Halfway.class)).hasSize(1);
    }

    @Test
    void painStopWorksWhilePausedAndBeforeStart() {
        Session ready = new Session(Entries.plan(technique("A", 5, 0)), clock);
        assertThat(ready.painStop().accepted()).isTrue();
        assertThat(ready.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        Session paused = started(Entries.plan(technique("A", 5, 0)));
        paused.pause();
        assertThat(paused.painStop().accepted()).isTrue();
        assertThat(paused.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
    }

    @Test
    void snapshotRestoresEntryElapsedTimeAndAdjustmentsThroughJson() throws IOException {
        Plan plan = Entries.plan(technique("A", 5, 0), checkIn(), technique("B", 20, 60), info("C", 4));
        Session s = started(plan);
        clock.advanceSeconds(5);
        s.advance();
        s.answer(CheckInAnswer.LIGHTER);
        clock.advanceMillis(6_250);
        s.extend();
        SessionSnapshot saved = SessionSnapshotJson.read(SessionSnapshotJson.write(s.snapshot()));

        FakeClock later = new FakeClock(42L);
        Session restored = Session.restore(plan, saved, later);
        RecordingListener after = new RecordingListener();
        restored.addListener(after);
        assertThat(restored.state()).isEqualTo(SessionState.PAUSED);
        assertThat(restored.entryIndex()).isEqualTo(2);
        assertThat(restored.elapsedInEntry()).isEqualTo(Duration.ofMillis(6_250));
        assertThat(restored.entryLength()).isEqualTo(Duration.ofSeconds(35));
        assertThat(restored.pressureShift()).isEqualTo(-1);
        later.advanceSeconds(1000);
        restored.advance();
        // The player learns the step at once, paused; nothing else moves while it stays paused.
        assertThat(after.events).hasSize(2);
        assertThat(after.of(SessionEvent.EntryStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(SessionState.PAUSED));
        assertThat(after.of(SessionEvent.Paused.class)).hasSize(1);

        restored.resume();
        assertThat(after.of(SessionEvent.EntryStarted.class)).hasSize(1);
        assertThat(after.of(SessionEvent.Resumed.class)).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(SessionState.RUNNING));
        later.advanceMillis(35_000 - 6_250);
        restored.advance();
        assertThat(restored.entryIndex()).isEqualTo(3);
        // beats at 7, 8, ... 34 s: the ones before 6.25 s were already given
        assertThat(after.of(SessionEvent.PaceBeat.class)).first()
                .satisfies(b -> assertThat(b.number()).isEqualTo(8));
        assertThat(after.of(SessionEvent.PaceBeat.class)).last()
                .satisfies(b -> assertThat(b.number()).isEqualTo(35));
    }

    @Test
    void listenerCommandsQueueBehindTheEventBeingDelivered() {
        Session s = new Session(Entries.plan(technique("A", 10, 60), info("B", 1)), clock);
        s.addListener(e -> {
            if (e instanceof SessionEvent.Halfway) {
                s.pause();
            }
        });
        s.addListener(events);
        s.start();
        clock.advanceSeconds(6);
        s.advance();
        List<SessionEvent> all = events.events;
        // The pause acts at the clock's now: after everything due up to 6 s, never in the middle of it.
        SessionEvent paused = events.of(SessionEvent.Paused.class).get(0);
        assertThat(paused.atNanos()).isEqualTo(clock.nanoTime());
        assertThat(all.get(all.size() - 1)).isSameAs(paused);
        assertThat(all.get(all.size() - 2)).isInstanceOf(SessionEvent.Tick.class);
        assertThat(s.state()).isEqualTo(SessionState.PAUSED);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).atNanos()).isGreaterThanOrEqualTo(all.get(i - 1).atNanos());
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersOrTheSession() {
        Session s = new Session(Entries.plan(technique("A", 2, 0)), clock);
        s.addListener(e -> {
            throw new IllegalStateException("boom");
        });
        s.addListener(events);
        s.start();
        clock.advanceSeconds(2);
        s.advance();
        assertThat(s.state()).isEqualTo(SessionState.FINISHED);
        assertThat(events.last()).isInstanceOf(SessionEvent.Finished.class);
    }

    @Test
    void restoreRefusesASnapshotOfAnotherPlan() {
        Plan plan = Entries.plan(technique("A", 5, 0));
        SessionSnapshot other = new SessionSnapshot("other", 1, 0, Duration.ZERO, 0, 0, 0, Duration.ZERO,
                SessionState.RUNNING);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Session.restore(plan, other, clock))
                .hasMessageContaining("start the routine again");
    }

    @Test
    void runnerDrivesASessionToTheEndOnTheRealClock() throws InterruptedException {
        Session s = new Session(Entries.plan(technique("A", 1, 120), info("B", 1)), SessionClock.system());
        CountDownLatch finished = new CountDownLatch(1);
        s.addListener(e -> {
            if (e instanceof SessionEvent.Finished) {
                finished.countDown();
            }
        });
        try (SessionRunner runner = new SessionRunner(s)) {
            runner.start();
            s.start();
            assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(s.state()).isEqualTo(SessionState.FINISHED);
        assertThat(s.runningTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(Optional.of(s.plan().totalSeconds())).contains(2);
    }
}
