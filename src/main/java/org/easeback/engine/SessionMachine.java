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

    SessionMachine(Plan plan) {
        this.plan = plan;
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
        long until = state == SessionState.PAUSED ? pausedAt : now;
        return Math.max(0, Math.min(lengthNanos, until - entryStart - pausedNanos));
    }

    /** The instant the next deadline of the running entry is due. */
    long nextDeadline() {
        return entryStart + pausedNanos + schedule.next(plan.entry(index), lengthNanos).offset();
    }

    /** Ends the current entry's visit {@code how}: adds the time it ran to the total and says so. */
    void leaveEntry(long now, EntryEnding how) {
        long ran = elapsedNanos(now);
        runningBeforeEntry += ran;
        emit(new SessionEvent.EntryEnded(index, now, how, Duration.ofNanos(ran)));
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
            DeadlineSchedule.Deadline d = schedule.next(e, lengthNanos);
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
                case END -> {
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
