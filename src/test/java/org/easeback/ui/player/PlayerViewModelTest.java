package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.EntryKind;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionState;
import org.easeback.engine.StopReason;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The view model driven by a real session on a fake clock, with no scene and no FX thread. */
class PlayerViewModelTest {

    private final FakeClock clock = new FakeClock();
    private final Plan plan = SamplePlans.shortSession();
    private final List<SessionEvent> events = new ArrayList<>();
    private Session session;
    private PlayerViewModel vm;

    @BeforeEach
    void setUp() {
        session = new Session(plan, clock);
        vm = new PlayerViewModel(plan, SamplePlans.SAM, session, List.of("Gentle pressure only."));
        session.addListener(new FxSessionAdapter(Runnable::run, vm));
        session.addListener(events::add);
    }

    @Test
    void aJournalThatCannotBeWrittenIsShownAsOneWarningWithTheFirstReason() {
        vm.start();
        assertThat(vm.notSavedProperty().get()).isEmpty();

        vm.notSaved("its journal could not be written (No space left on device).");
        vm.notSaved("its journal could not be written (Stream closed).");

        assertThat(vm.notSavedProperty().get()).isEqualTo(
                "This session is not being saved: its journal could not be written (No space left on device).");
        assertThat(vm.stateProperty().get()).as("the session goes on").isEqualTo(SessionState.AWAITING_DONE);
    }

    private void advance(double seconds) {
        clock.advanceNanos((long) (seconds * 1e9));
        session.advanceTo(clock.nanoTime());
    }

    /** Start, Done on the setup step, run both sides: now at the first check-in. */
    private void runToFirstCheckIn() {
        vm.start();
        vm.primary();
        advance(10);
        advance(10);
        assertThat(vm.checkInShowingProperty().get()).isTrue();
    }

    @Test
    void beforeStartShowsTheFirstEntryAndTheWholePlanRemaining() {
        assertThat(vm.entry().titleProperty().get()).isEqualTo("Position the receiver");
        assertThat(vm.entry().remainingInSessionProperty().get()).isEqualTo(26.0);
        assertThat(vm.entry().positionProperty().get()).isEqualTo("Get ready · 1 of 6");
        assertThat(vm.cautions()).containsExactly("Gentle pressure only.");
    }

    @Test
    void openStepWaitsForDoneAndSpaceFinishesIt() {
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.AWAITING_DONE);
        assertThat(vm.primaryActionProperty().get()).isEqualTo("Done");
        advance(120);
        assertThat(vm.entry().entryIndexProperty().get()).isZero();

        vm.primary();

        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(1);
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.RUNNING);
        assertThat(vm.entry().kindProperty().get()).isEqualTo(EntryKind.TECHNIQUE);
        assertThat(vm.entry().sideProperty().get()).isEqualTo(Side.LEFT);
        assertThat(vm.entry().pressureProperty().get()).isEqualTo(Pressure.GENTLE);
        assertThat(vm.entry().diagramProperty().get()).isEqualTo(SamplePlans.GLIDE);
        assertThat(vm.entry().strokesPerMinuteProperty().get()).isEqualTo(30);
        assertThat(vm.entry().nextProperty().get()).isEqualTo("Next: Thumb glide, right, 10 s");
    }

    @Test
    void ticksCountDownTheEntryAndTheSession() {
        vm.start();
        vm.primary();
        advance(4);
        assertThat(vm.entry().remainingInEntryProperty().get()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.11));
        assertThat(vm.entry().entryProgressProperty().get()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.02));
        assertThat(vm.entry().remainingInSessionProperty().get()).isCloseTo(22.0, org.assertj.core.data.Offset.offset(0.11));
        assertThat(vm.elapsedProperty().get()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void everyPaceBeatReachesTheViewModel() {
        vm.start();
        vm.primary();
        advance(9.9);
        long beats = events.stream().filter(e -> e instanceof SessionEvent.PaceBeat).count();
        assertThat(beats).isGreaterThanOrEqualTo(4);
        assertThat(vm.entry().beatsProperty().get()).isEqualTo((int) beats);
        assertThat(vm.entry().beatIntervalSeconds()).isEqualTo(2.0);
    }

    @Test
    void secondSideShowsTheOtherSide() {
        vm.start();
        vm.primary();
        advance(10);
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(2);
        assertThat(vm.entry().sideProperty().get()).isEqualTo(Side.RIGHT);
    }

    @Test
    void pauseHoldsTheTimeAndResumeContinues() {
        vm.start();
        vm.primary();
        advance(3);
        vm.primary();
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.PAUSED);
        assertThat(vm.primaryActionProperty().get()).isEqualTo("Resume");
        double left = vm.entry().remainingInEntryProperty().get();
        advance(60);
        assertThat(vm.entry().remainingInEntryProperty().get()).isEqualTo(left);
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(1);

        vm.primary();
        advance(2);

        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.RUNNING);
        assertThat(vm.entry().remainingInEntryProperty().get()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void nextWhilePausedStaysPausedOnTheNewEntry() {
        vm.start();
        vm.primary();
        vm.pauseOrResume();
        vm.next();
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(2);
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.PAUSED);
        vm.primary();
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void backReturnsToTheEntryBefore() {
        vm.start();
        vm.primary();
        advance(5);
        vm.back();
        assertThat(vm.entry().entryIndexProperty().get()).isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.AWAITING_DONE);
    }

    @Test
    void extendAddsFifteenSecondsToTheEntryAndTheSession() {
        vm.start();
        vm.primary();
        advance(4);
        vm.extend();
        assertThat(vm.entry().entryLengthProperty().get()).isEqualTo(25.0);
        assertThat(vm.entry().remainingInEntryProperty().get()).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.11));
        assertThat(vm.entry().remainingInSessionProperty().get()).isCloseTo(37.0, org.assertj.core.data.Offset.offset(0.11));
        assertThat(vm.elapsedProperty().get()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void elapsedIsTheTimeRunNotThePlanPositionAfterBackAndNext() {
        vm.start();
        vm.primary();
        advance(5);
        vm.back(); // the plan position is 0 s again, but 5 s have run

        assertThat(vm.entry().entryIndexProperty().get()).isZero();
        assertThat(vm.elapsedProperty().get()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.11));

        vm.primary();
        advance(2);
        vm.next(); // the plan position jumps to 10 s; 7 s have run
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(2);
        assertThat(vm.elapsedProperty().get()).isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void elapsedLeavesOutPausesAndCountsCheckInsAndOpenSteps() {
        vm.start();
        clock.advanceSeconds(30); // reading the setup step: no ticks come, the refresh keeps the clock moving
        vm.refreshElapsed();
        assertThat(vm.elapsedProperty().get()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.01));
        vm.primary();
        advance(3);
        vm.primary(); // pause
        advance(60);
        vm.refreshElapsed();
        assertThat(vm.elapsedProperty().get()).as("a pause does not count")
                .isCloseTo(33.0, org.assertj.core.data.Offset.offset(0.11));
        vm.primary();
        advance(17); // both sides done: the check-in waits
        assertThat(vm.checkInShowingProperty().get()).isTrue();
        clock.advanceSeconds(20);
        vm.refreshElapsed();
        assertThat(vm.elapsedProperty().get()).isCloseTo(70.0, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void atTheEndElapsedIsTheSummaryDuration() {
        vm.start();
        advance(12);
        vm.primary();
        advance(4);
        vm.back();
        vm.primary();
        advance(3);
        vm.extend();
        vm.pauseOrResume();
        advance(40);
        vm.pauseOrResume();
        advance(60);
        vm.answer(CheckInAnswer.SAME);
        advance(6);
        vm.answer(CheckInAnswer.SAME);

        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        double duration = vm.summaryProperty().get().duration().toMillis() / 1000.0;
        assertThat(vm.elapsedProperty().get()).as("what the giver saw is what is recorded")
                .isCloseTo(duration, org.assertj.core.data.Offset.offset(0.001));
        assertThat(PlayerFormat.clock(vm.elapsedProperty().get())).isEqualTo("1:25");
        advance(30);
        vm.refreshElapsed();
        assertThat(vm.elapsedProperty().get()).as("the clock stops at the end").isCloseTo(duration,
                org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void refusedCommandSaysWhy() {
        vm.start();
        vm.extend();
        assertThat(vm.statusProperty().get()).contains("no timer");
    }

    @Test
    void checkInShowsEachAnswerWithWhatItChanges() {
        runToFirstCheckIn();
        assertThat(vm.entry().checkInPromptProperty().get()).isEqualTo("More, less, or the same pressure?");
        assertThat(vm.entry().checkInOptions()).extracting(CheckInOption::text).containsExactly(
                "Lighter: light (≈ 2–3 of 10)",
                "Same: stays gentle (≈ 4 of 10)",
                "Firmer: moderate (≈ 5–6 of 10)",
                "It hurts: stops the session at once");
    }

    @Test
    void unansweredCheckInNeverContinuesOnItsOwn() {
        runToFirstCheckIn();
        advance(3600);
        assertThat(vm.checkInShowingProperty().get()).isTrue();
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(3);
        vm.primary();
        vm.next();
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = CheckInAnswer.class, names = {"LIGHTER", "SAME", "FIRMER"})
    void answerMovesOnWithTheNewPressureAndIsInTheSummary(CheckInAnswer answer) {
        runToFirstCheckIn();
        vm.answerKey(answer.key());
        assertThat(vm.checkInShowingProperty().get()).isFalse();
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(4);
        Pressure expected = switch (answer) {
            case LIGHTER -> Pressure.LIGHT;
            case FIRMER -> Pressure.MODERATE;
            default -> Pressure.GENTLE;
        };
        assertThat(vm.entry().pressureProperty().get()).isEqualTo(expected);
        advance(6);
        vm.answer(CheckInAnswer.SAME);
        SessionSummary s = vm.summaryProperty().get();
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        assertThat(s.finished()).isTrue();
        assertThat(s.checkIns()).hasSize(2);
        assertThat(s.checkIns().get(0)).startsWith("Check-in 1: " + answer.label());
        if (answer != CheckInAnswer.SAME) {
            assertThat(s.checkIns().get(0)).endsWith("→ " + expected.jsonName() + " (≈ " + expected.scale() + " of 10)");
        }
    }

    @Test
    void itHurtsStopsForSafetyWithTheArticleAdvice() {
        runToFirstCheckIn();
        vm.answerKey(4);
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SAFETY_STOP);
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(vm.stopMessageProperty().get()).contains(org.easeback.safety.SafetyAdvice.PAIN_STOP);
        assertThat(vm.summaryProperty().get().stopReason()).contains(StopReason.PAIN);
        assertThat(vm.summaryProperty().get().checkIns()).containsExactly("Check-in 1: It hurts");
        vm.showSummary();
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
    }

    @Test
    void painStopWorksWhileRunningPausedCheckingInAndConfirming() {
        for (int moment = 0; moment < 4; moment++) {
            setUp();
            vm.start();
            vm.primary();
            advance(2);
            switch (moment) {
                case 1 -> vm.pauseOrResume();
                case 2 -> runOnToCheckIn();
                case 3 -> vm.requestStop();
                default -> { }
            }
            vm.painStop();
            assertThat(vm.phaseProperty().get()).as("moment %d", moment).isEqualTo(PlayerPhase.SAFETY_STOP);
            assertThat(vm.confirmStopShowingProperty().get()).isFalse();
            assertThat(vm.checkInShowingProperty().get()).isFalse();
            assertThat(session.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        }
    }

    private void runOnToCheckIn() {
        advance(8);
        advance(10);
        assertThat(vm.checkInShowingProperty().get()).isTrue();
    }

    @Test
    void escAsksFirstAndCancelKeepsGoing() {
        vm.start();
        vm.primary();
        vm.requestStop();
        assertThat(vm.confirmStopShowingProperty().get()).isTrue();
        vm.next();
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(1);
        vm.cancelStop();
        assertThat(vm.confirmStopShowingProperty().get()).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void confirmedStopEndsEarlyAndShowsTheSummary() {
        vm.start();
        vm.primary();
        advance(10);
        advance(3);
        vm.requestStop();
        vm.confirmStop();
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SUMMARY);
        SessionSummary s = vm.summaryProperty().get();
        assertThat(s.stopReason()).contains(StopReason.ABANDONED);
        assertThat(s.done()).containsExactly("Position the receiver", "Thumb glide (left), 10 s");
        assertThat(s.duration()).isEqualTo(Duration.ofSeconds(13));
    }

    @Test
    void numberKeysDoNothingOutsideACheckIn() {
        vm.start();
        vm.primary();
        vm.answerKey(4);
        assertThat(vm.phaseProperty().get()).isEqualTo(PlayerPhase.SESSION);
        assertThat(session.state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void soreSpotHoldShowsTheSpotAndItsPlace() {
        runToFirstCheckIn();
        vm.answer(CheckInAnswer.SAME);
        assertThat(vm.entry().kindProperty().get()).isEqualTo(EntryKind.SORE_SPOT);
        assertThat(vm.entry().spotProperty().get()).isEqualTo(new MapPoint(0.36, 0.55));
        assertThat(vm.entry().locationProperty().get()).isEqualTo("left side, middle, beside the spine");
        assertThat(vm.entry().diagramProperty().get()).isNull();
        assertThat(vm.soreSpots()).hasSize(2);
    }

    @Test
    void finishedSessionSummarisesWhatWasDone() {
        runToFirstCheckIn();
        vm.answer(CheckInAnswer.FIRMER);
        advance(6);
        assertThat(vm.entry().checkInPromptProperty().get()).isEqualTo("How does your back feel now?");
        assertThat(vm.entry().checkInOptions().get(2).effect()).isEqualTo("noted, firmer next time");
        vm.answer(CheckInAnswer.SAME);
        SessionSummary s = vm.summaryProperty().get();
        assertThat(s.done()).containsExactly("Position the receiver", "Thumb glide (left), 10 s",
                "Thumb glide (right), 10 s", "Hold the sore spot (left), 6 s");
        assertThat(s.handsOn()).isEqualTo(Duration.ofSeconds(26));
        assertThat(s.duration()).isEqualTo(Duration.ofSeconds(26));
        assertThat(s.receiverName()).isEqualTo("Sam");
        assertThat(vm.entry().remainingInSessionProperty().get()).isZero();
    }

    @Test
    void skippingEveryStepSaysSoInTheSummaryAndIsNotCompleted() {
        vm.start();
        for (int i = 0; i < 20 && vm.phaseProperty().get() == PlayerPhase.SESSION; i++) {
            advance(1);
            if (vm.checkInShowingProperty().get()) {
                vm.answer(CheckInAnswer.SAME);
            } else {
                vm.next();
            }
        }
        SessionSummary s = vm.summaryProperty().get();
        assertThat(s).isNotNull();
        assertThat(s.outcome()).isEqualTo(org.easeback.history.SessionOutcome.COMPLETED_WITH_SKIPS);
        assertThat(s.heading()).containsIgnoringCase("skipped");
        assertThat(s.done()).doesNotContain("Thumb glide (left), 10 s");
        assertThat(s.skipped()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(line -> assertThat(line).startsWith("Thumb glide (left), skipped after 1\u00a0s"))
                .contains("Position the receiver, skipped");
    }

    @Test
    void theTimerHoldsStillWhileTheStopDialogIsOpen() {
        vm.start();
        vm.primary();
        advance(3);
        double entryLeft = vm.entry().remainingInEntryProperty().get();
        double sessionLeft = vm.entry().remainingInSessionProperty().get();

        vm.requestStop();
        advance(30);
        assertThat(vm.entry().remainingInEntryProperty().get()).isEqualTo(entryLeft);
        assertThat(vm.entry().remainingInSessionProperty().get()).isEqualTo(sessionLeft);
        assertThat(vm.entry().entryIndexProperty().get()).isEqualTo(1);

        vm.cancelStop();
        assertThat(session.state()).as("closing the dialog carries on").isEqualTo(SessionState.RUNNING);
        advance(2);
        assertThat(vm.entry().remainingInEntryProperty().get())
                .isCloseTo(entryLeft - 2, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void pausedSaysSpaceToResumeAndAResumedSessionWaitsForTheGiversHands() {
        vm.start();
        vm.primary();
        vm.pauseOrResume();
        assertThat(vm.stateProperty().get()).isEqualTo(SessionState.PAUSED);
        assertThat(vm.pausedHintProperty().get()).isEqualTo(PlayerViewModel.RESUME_HINT);
    }
}
