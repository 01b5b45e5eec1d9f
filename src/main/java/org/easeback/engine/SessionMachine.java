package org.easeback.engine;

import java.time.Duration;
import java.util.Optional;
import org.easeback.routine.Pressure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state and the clock arithmetic of one session: which entry runs, in what state, since when, how long it has
 * been paused, what is due next, and the events that say so. Every deadline is the entry's start plus its paused
 * time plus an offset from {@link DeadlineSchedule}, so error never accumulates. {@link Session} is its only user
 * and holds its lock around every call; this class is not thread-safe.
 */
final class SessionMachine {

    private static final Logger LOG = LoggerFactory.getLogger(SessionMachine.class);
    private static final long SECOND = DeadlineSchedule.SECOND;

    final Plan plan;
    final EventOutbox outbox = new EventOutbox();
    final DeadlineSchedule schedule = new DeadlineSchedule();
    final PressureAdjuster pressure;
    /** Planned nanoseconds from the start of entry i to the end of the plan, for i in 0..size. */
    private final long[] nanosAfter;

    SessionState state = SessionState.READY;
    /** The state a pause returns to. */
    SessionState held = SessionState.RUNNING;
    /** A restored session asks for its Done or its check-in answer on the first resume. */
    boolean promptOnResume;
    int index;

    // The current entry's timing: elapsed = (now or pausedAt) - entryStart - pausedNanos.
    private long entryStart;
    private long pausedNanos;
    private long pausedAt;
    long lengthNanos;
    int entryExtensionSeconds;
    /** Timed time run in the entries before this one. */
    long runningBeforeEntry;
    int totalExtensionSeconds;

    /** Rations hands-on time whatever path the session takes (extend, restart, back): see docs/safety.md. */
    private final HandsOnBudget budget;
    /** True while a check-in the budget called holds the current entry. */
    boolean budgetCheckIn;
    /** How much of the current entry's elapsed time the budget has counted. */
    private long budgetMark;

    SessionMachine(Plan plan) {
        this.plan = plan;
        this.budget = new HandsOnBudget(Math.max(1, plan.checkInEverySeconds()));
        this.pressure = new PressureAdjuster(plan);
        this.nanosAfter = new long[plan.size() + 1];
        for (int i = plan.size() - 1; i >= 0; i--) {
            nanosAfter[i] = nanosAfter[i + 1] + plan.entry(i).length().toNanos();
        }
    }

    /** Puts the machine at the snapshot's entry, paused at {@code now}, and says so (EntryStarted, Paused). */
    void restoreAt(SessionSnapshot snapshot, long now) {
        index = snapshot.entryIndex();
        pressure.restore(snapshot.pressureShift());
        totalExtensionSeconds = Math.max(0, snapshot.totalExtensionSeconds());
        PlanEntry e = plan.entry(index);
        resetEntryTiming(now);
        long elapsed = 0;
        if (e.timed()) {
            entryExtensionSeconds = snapshot.entryExtensionSeconds();
            lengthNanos = e.length().toNanos() + entryExtensionSeconds * SECOND;
            elapsed = Math.min(snapshot.elapsedInEntry().toNanos(), lengthNanos);
            entryStart = now - elapsed;
            schedule.seekTo(e, lengthNanos, elapsed);
            budgetMark = elapsed;
        }
        runningBeforeEntry = Math.max(0, snapshot.runningTime().toNanos() - elapsed);
        held = naturalState(e);
        pausedAt = now;
        state = SessionState.PAUSED;
        promptOnResume = true;
        announce(now);
        emit(new SessionEvent.Paused(index, now));
    }

    void pauseAt(long now) {
        held = state;
        pausedAt = now;
        state = SessionState.PAUSED;
        emit(new SessionEvent.Paused(index, now));
    }

    void resumeAt(long now) {
        pausedNanos += now - pausedAt;
        state = held;
        emit(new SessionEvent.Resumed(index, now, state));
        if (promptOnResume) {
            promptOnResume = false;
            prompt(now);
        }
    }

    /** Planned nanoseconds from the start of entry {@code i} (clamped to the plan) to the end. */
    long plannedFrom(int i) {
        return nanosAfter[Math.max(0, Math.min(i, plan.size()))];
    }

    long elapsedNanos(long now) {
        if (state == SessionState.READY || state.isFinal() || lengthNanos == 0) {
            return 0;
        }
        long until = state == SessionState.PAUSED || budgetCheckIn ? pausedAt : now;
        return Math.max(0, Math.min(lengthNanos, until - entryStart - pausedNanos));
    }

    /** The instant the next deadline of the running entry is due. */
    long nextDeadline() {
        return entryStart + pausedNanos + schedule.next(plan.entry(index), lengthNanos, budgetDue()).offset();
    }

    /** Ends the current entry's visit {@code how}: adds the time it ran to the total and says so. */
    void leaveEntry(long now, EntryEnding how) {
        long ran = elapsedNanos(now);
        spendBudget(ran);
        runningBeforeEntry += ran;
        budgetCheckIn = false;
        emit(new SessionEvent.EntryEnded(index, now, how, Duration.ofNanos(ran)));
    }

    /** A check-in was answered: the hands-on budget starts again. */
    void checkedIn() {
        budget.checkedIn();
    }

    /** Counts the current entry's hands-on time up to {@code elapsed} into the budget. */
    private void spendBudget(long elapsed) {
        if (index < plan.size() && HandsOnBudget.counts(plan.entry(index)) && elapsed > budgetMark) {
            budget.spend(elapsed - budgetMark);
            budgetMark = elapsed;
        }
    }

    /** The offset in the current entry at which the budget runs out; never, for an entry that does not count. */
    private long budgetDue() {
        if (index >= plan.size() || !HandsOnBudget.counts(plan.entry(index))) {
            return Long.MAX_VALUE;
        }
        return budgetMark + Math.max(0, budget.remainingNanos());
    }

    /** Holds the current entry at {@code at} and asks the check-in question: the budget has run out. */
    private void startBudgetCheckIn(long offset, long at) {
        spendBudget(offset);
        budgetCheckIn = true;
        pausedAt = at;
        state = SessionState.CHECKING_IN;
        LOG.info("Safety rule check-in-interval: session '{}' checks in during entry {}", plan.routineId(), index);
        emit(new SessionEvent.CheckInRequested(index, at, CheckInPolicy.PRESSURE_PROMPT, pressure.choices(index)));
    }

    /** After a budget check-in: the entry goes on, announced again with the time it has left. */
    void resumeAfterBudgetCheckIn(long now) {
        budgetCheckIn = false;
        pausedNanos += now - pausedAt;
        state = SessionState.RUNNING;
        PlanEntry e = plan.entry(index);
        long left = Math.max(0, lengthNanos - elapsedNanos(now));
        emit(new SessionEvent.EntryStarted(index, now, e, pressure.pressureFor(e), Duration.ofNanos(left), state));
    }

    static SessionState naturalState(PlanEntry e) {
        return e.checkIn() ? SessionState.CHECKING_IN : e.open() ? SessionState.AWAITING_DONE : SessionState.RUNNING;
    }

    private void resetEntryTiming(long start) {
        entryStart = start;
        pausedNanos = 0;
        pausedAt = start;
        entryExtensionSeconds = 0;
        schedule.reset();
        lengthNanos = 0;
        budgetMark = 0;
        budgetCheckIn = false;
    }

    /** Starts entry {@code i} at instant {@code start}, or finishes past the end; keeps a pause if asked. */
    void enterEntry(int i, long start, boolean stayPaused) {
        if (i >= plan.size()) {
            index = Math.max(0, plan.size() - 1);
            resetEntryTiming(start);
            state = SessionState.FINISHED;
            emit(new SessionEvent.Finished(index, start, Duration.ofNanos(runningBeforeEntry)));
            return;
        }
        index = i;
        resetEntryTiming(start);
        PlanEntry e = plan.entry(i);
        lengthNanos = e.length().toNanos();
        SessionState natural = naturalState(e);
        if (stayPaused && natural != SessionState.CHECKING_IN) {
            held = natural;
            state = SessionState.PAUSED;
            pausedAt = start;
        } else {
            state = natural;
        }
        announce(start);
    }

    private void announce(long at) {
        PlanEntry e = plan.entry(index);
        Optional<Pressure> p = e.checkIn() ? pressure.current(index) : pressure.pressureFor(e);
        emit(new SessionEvent.EntryStarted(index, at, e, p, Duration.ofNanos(lengthNanos), state));
        if (e.secondSide() && e.side().isPresent()) {
            emit(new SessionEvent.SwitchSides(index, at, e.side().get()));
        }
        prompt(at);
    }

    /** Asks for what the state waits for: Done, or a check-in answer. */
    private void prompt(long at) {
        if (state == SessionState.AWAITING_DONE) {
            emit(new SessionEvent.AwaitingDone(index, at));
        } else if (state == SessionState.CHECKING_IN) {
            emit(new SessionEvent.CheckInRequested(index, at, plan.entry(index).title(), pressure.choices(index)));
        }
    }

    /** Sends, in order, everything due up to {@code now} while the session runs, entering the next entries. */
    void processUpTo(long now) {
        int guard = 0;
        while (state == SessionState.RUNNING) {
            PlanEntry e = plan.entry(index);
            DeadlineSchedule.Deadline d = schedule.next(e, lengthNanos, budgetDue());
            long offset = d.offset();
            long at = entryStart + pausedNanos + offset;
            if (at - now > 0) {
                return;
            }
            schedule.sent(d);
            switch (d.kind()) {
                case COUNTDOWN -> emit(new SessionEvent.Countdown(index, at, d.countdown()));
                case HALFWAY -> emit(new SessionEvent.Halfway(index, at));
                case BEAT -> emit(new SessionEvent.PaceBeat(index, at, (int) schedule.beatsSent()));
                case TICK -> emit(new SessionEvent.Tick(index, at, Duration.ofNanos(offset),
                        Duration.ofNanos(lengthNanos - offset),
                        Duration.ofNanos(lengthNanos - offset + nanosAfter[index + 1])));
                case BUDGET -> startBudgetCheckIn(offset, at);
                case END -> {
                    spendBudget(lengthNanos);
                    runningBeforeEntry += lengthNanos;
                    emit(new SessionEvent.EntryEnded(index, at, EntryEnding.COMPLETED, Duration.ofNanos(lengthNanos)));
                    enterEntry(index + 1, at, false);
                }
            }
            if (++guard % 4096 == 0) {
                outbox.flush(); // keep the outbox small when catching up over a long gap
            }
        }
    }

    void stopWith(SessionState finalState, StopReason reason, String message, long now) {
        if (state != SessionState.READY) {
            leaveEntry(now, EntryEnding.STOPPED);
        }
        state = finalState;
        if (reason == StopReason.PAIN) {
            LOG.info("Safety rule pain-stop: session '{}' stopped at entry {}", plan.routineId(), index);
        }
        emit(new SessionEvent.Stopped(index, now, reason, message));
    }

    void emit(SessionEvent event) {
        outbox.emit(event);
    }
}
