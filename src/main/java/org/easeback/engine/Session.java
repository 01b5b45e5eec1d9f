package org.easeback.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureShift;
import org.easeback.safety.SafetyAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine that runs a plan: it moves forward on its own, keeps the pace, and holds still whenever a
 * person or the safety rules say so. All time comes from the injected {@link SessionClock}; every deadline is
 * computed from the entry's start and its paused time, so error never accumulates. Thread-safe.
 * Drive it with {@link #advanceTo(long)} (tests, after moving a fake clock) or a {@link SessionRunner}.
 *
 * <p>Commands never throw: an illegal one returns a refused {@link CommandResult} with the reason. Every command
 * first processes what was due up to the clock's now. Navigation (next, back, restart) keeps a paused session
 * paused; a check-in always waits for its answer and never continues on its own. The pain stop works from every
 * state.
 *
 * <p>Events at the same instant come in this order: entry started, switch sides, countdown, halfway, pace beat,
 * tick. Ticks and beats come strictly before an entry's end; a countdown second or halfway that would fall on
 * the entry's start is not sent. Halfway is sent for hands-on entries only.
 */
public final class Session {

    /** Seconds that {@link #extend()} adds. */
    public static final int EXTEND_SECONDS = 15;
    /** Interval between ticks while a timed entry runs. */
    public static final Duration TICK = Duration.ofMillis(100);
    /** What the stop screen says after a pain stop (the article's advice, worded in {@link SafetyAdvice}). */
    public static final String PAIN_MESSAGE = SafetyAdvice.PAIN_STOPPED;
    /** What the stop screen says when the giver stops. */
    public static final String ABANDONED_MESSAGE = "Session stopped before the end.";

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final Plan plan;
    private final SessionClock clock;
    /** The state, the timing and the events; guarded by this session's lock. */
    private final SessionMachine m;
    private volatile Runnable scheduleChanged = () -> { };

    public Session(Plan plan, SessionClock clock) {
        this.plan = Objects.requireNonNull(plan);
        this.clock = Objects.requireNonNull(clock);
        this.m = new SessionMachine(plan);
    }

    /**
     * A session at the snapshot's entry, PAUSED so that nothing moves until resume. Its EntryStarted (in state
     * PAUSED) and a Paused go to the listeners at the first flush ({@link #advance()}), so a player shows the step
     * before anything moves. A snapshot taken before start gives a READY session.
     *
     * @throws IllegalArgumentException (with a user-facing message) if the snapshot is not of this plan or the
     *                                  session it describes has already ended
     */
    public static Session restore(Plan plan, SessionSnapshot snapshot, SessionClock clock) {
        if (!plan.routineId().equals(snapshot.planId()) || plan.size() != snapshot.entryCount()) {
            throw new IllegalArgumentException("The saved session belongs to a different or changed routine ('"
                    + snapshot.planId() + "'); start the routine again.");
        }
        if (snapshot.state().isFinal()) {
            throw new IllegalArgumentException("The saved session has already ended; there is nothing to resume.");
        }
        Session s = new Session(plan, clock);
        if (snapshot.state() == SessionState.READY) {
            return s;
        }
        if (snapshot.entryIndex() < 0 || snapshot.entryIndex() >= plan.size()
                || snapshot.entryExtensionSeconds() < 0 || snapshot.elapsedInEntry().isNegative()) {
            throw new IllegalArgumentException("The saved session is damaged; start the routine again.");
        }
        synchronized (s) {
            s.m.restoreAt(snapshot, clock.nanoTime());
        }
        return s;
    }

    public void addListener(SessionListener listener) {
        m.outbox.add(listener);
    }

    public void removeListener(SessionListener listener) {
        m.outbox.remove(listener);
    }

    /** Called (on any thread) whenever a command changes the schedule; the runner uses it to wake up. */
    void onScheduleChanged(Runnable hook) {
        scheduleChanged = hook == null ? () -> { } : hook;
    }

    // ---------------------------------------------------------------- commands

    public synchronized CommandResult start() {
        if (m.state != SessionState.READY) {
            return refusedFor("start");
        }
        long now = clock.nanoTime();
        m.enterEntry(0, now, false);
        return accepted(now);
    }

    public synchronized CommandResult pause() {
        long now = catchUp();
        if (m.state != SessionState.RUNNING && m.state != SessionState.AWAITING_DONE) {
            return refusedFor("pause");
        }
        m.pauseAt(now);
        return accepted(now);
    }

    public synchronized CommandResult resume() {
        long now = catchUp();
        if (m.state != SessionState.PAUSED) {
            return refusedFor("resume");
        }
        m.resumeAt(now);
        m.processUpTo(now);
        return accepted(now);
    }

    public synchronized CommandResult next() {
        return navigate("go to the next step", EntryEnding.SKIPPED, 1);
    }

    public synchronized CommandResult back() {
        return navigate("go back", EntryEnding.BACK, -1);
    }

    public synchronized CommandResult restartEntry() {
        return navigate("restart this step", EntryEnding.RESTARTED, 0);
    }

    /** Adds {@link #EXTEND_SECONDS} to the current timed entry, running or paused. */
    public synchronized CommandResult extend() {
        long now = catchUp();
        SessionState state = m.state;
        SessionState held = m.held;
        boolean timedHere = state == SessionState.RUNNING
                || (state == SessionState.PAUSED && held == SessionState.RUNNING);
        if (!timedHere) {
            if (state == SessionState.AWAITING_DONE
                    || (state == SessionState.PAUSED && held == SessionState.AWAITING_DONE)) {
                return CommandResult.refused("This step has no timer to extend: it waits until you press Done.");
            }
            return refusedFor("add time");
        }
        m.lengthNanos += EXTEND_SECONDS * DeadlineSchedule.SECOND;
        m.entryExtensionSeconds += EXTEND_SECONDS;
        m.totalExtensionSeconds += EXTEND_SECONDS;
        m.emit(new SessionEvent.EntryExtended(m.index, now, Duration.ofNanos(m.lengthNanos)));
        return accepted(now);
    }

    /** Ends an open step. */
    public synchronized CommandResult done() {
        long now = catchUp();
        if (m.state != SessionState.AWAITING_DONE) {
            if (m.state == SessionState.RUNNING) {
                return CommandResult.refused("This step is timed and moves on by itself; use Next to skip it.");
            }
            return refusedFor("mark this step done");
        }
        m.leaveEntry(now, EntryEnding.DONE);
        m.enterEntry(m.index + 1, now, false);
        return accepted(now);
    }

    /** Answers the current check-in: LIGHTER or FIRMER move the pressure one level, IT_HURTS stops for safety. */
    public synchronized CommandResult answer(CheckInAnswer answer) {
        long now = catchUp();
        if (answer == null) {
            return CommandResult.refused("Choose an answer: lighter, same, firmer, or it hurts.");
        }
        if (m.state != SessionState.CHECKING_IN) {
            return CommandResult.refused("There is no check-in to answer right now.");
        }
        int index = m.index;
        PressureAdjuster.Change change = m.pressure.answer(index, answer);
        m.emit(new SessionEvent.CheckInAnswered(index, now, answer, plan.checkInNumber(index), change.before(),
                change.after()));
        if (answer == CheckInAnswer.IT_HURTS) {
            m.stopWith(SessionState.STOPPED_FOR_SAFETY, StopReason.PAIN, PAIN_MESSAGE, now);
            return accepted(now);
        }
        if (change.moved()) {
            m.emit(new SessionEvent.PressureChanged(index, now, m.pressure.shift(), change.after(), answer));
        } else if (answer.pressureShift() != 0) {
            LOG.info("Pressure stays {}: it is already at the {} allowed", change.before().orElse(null),
                    answer.pressureShift() < 0 ? "lightest" : "most");
        }
        m.leaveEntry(now, EntryEnding.ANSWERED);
        m.enterEntry(index + 1, now, false);
        return accepted(now);
    }

    /** The giver stops the session (ABANDONED). */
    public synchronized CommandResult stop() {
        long now = catchUp();
        if (m.state.isFinal()) {
            return refusedFor("stop");
        }
        m.stopWith(SessionState.ABANDONED, StopReason.ABANDONED, ABANDONED_MESSAGE, now);
        return accepted(now);
    }

    /** Stops at once for pain, from any state; a second pain stop is accepted and changes nothing. */
    public synchronized CommandResult painStop() {
        long now = clock.nanoTime();
        if (m.state == SessionState.STOPPED_FOR_SAFETY) {
            return CommandResult.ok();
        }
        if (m.state == SessionState.RUNNING || m.state == SessionState.AWAITING_DONE) {
            m.processUpTo(now);
        }
        if (m.state != SessionState.STOPPED_FOR_SAFETY) {
            m.stopWith(SessionState.STOPPED_FOR_SAFETY, StopReason.PAIN, PAIN_MESSAGE, now);
        }
        return accepted(now);
    }

    // ---------------------------------------------------------------- driving

    /** Processes every deadline up to {@code nowNanos}, in order, and delivers the events. */
    public synchronized void advanceTo(long nowNanos) {
        m.processUpTo(nowNanos);
        m.outbox.flush();
    }

    /** {@link #advanceTo(long)} at the clock's now. */
    public void advance() {
        advanceTo(clock.nanoTime());
    }

    /** The next instant something is due, or empty when the session waits for a person or is over. */
    public synchronized OptionalLong nextDeadlineNanos() {
        return m.state != SessionState.RUNNING ? OptionalLong.empty() : OptionalLong.of(m.nextDeadline());
    }

    // ---------------------------------------------------------------- queries

    public Plan plan() {
        return plan;
    }

    public SessionClock clock() {
        return clock;
    }

    public synchronized SessionState state() {
        return m.state;
    }

    public synchronized int entryIndex() {
        return m.index;
    }

    /** The current entry, or empty for an empty plan. */
    public synchronized Optional<PlanEntry> currentEntry() {
        return m.index < plan.size() ? Optional.of(plan.entry(m.index)) : Optional.empty();
    }

    /** The current entry's length including extensions; zero for open steps and check-ins. */
    public synchronized Duration entryLength() {
        return Duration.ofNanos(m.lengthNanos);
    }

    public synchronized Duration elapsedInEntry() {
        return Duration.ofNanos(m.elapsedNanos(clock.nanoTime()));
    }

    public synchronized Duration remainingInEntry() {
        return Duration.ofNanos(Math.max(0, m.lengthNanos - m.elapsedNanos(clock.nanoTime())));
    }

    public synchronized Duration remainingInSession() {
        if (m.state == SessionState.READY) {
            return Duration.ofNanos(m.plannedFrom(0));
        }
        if (m.state.isFinal()) {
            return Duration.ZERO;
        }
        return remainingInEntry().plusNanos(m.plannedFrom(m.index + 1));
    }

    /** Timed time run so far. */
    public synchronized Duration runningTime() {
        return Duration.ofNanos(m.runningBeforeEntry + (m.state.isFinal() ? 0 : m.elapsedNanos(clock.nanoTime())));
    }

    public synchronized int totalExtensionSeconds() {
        return m.totalExtensionSeconds;
    }

    /** Levels the check-in answers have moved the pressure guidance (negative is lighter). */
    public synchronized int pressureShift() {
        return m.pressure.shift();
    }

    /**
     * The pressure now: the running hands-on entry's, or at a check-in the one the question is about (the last
     * hands-on entry's); what the player's badge shows. Empty before any hands-on entry has a pressure.
     */
    public synchronized Optional<Pressure> currentPressure() {
        return m.state == SessionState.READY ? Optional.empty() : m.pressure.current(m.index);
    }

    /**
     * What LIGHTER, SAME and FIRMER would do at the check-in now, in that order, each from {@link #currentPressure()}
     * to the pressure of the next hands-on step; empty when no check-in waits or no hands-on step follows.
     */
    public synchronized List<PressureShift> checkInChoices() {
        boolean checkingIn = m.state == SessionState.CHECKING_IN
                || (m.state == SessionState.PAUSED && m.held == SessionState.CHECKING_IN);
        return checkingIn ? m.pressure.choices(m.index) : List.of();
    }

    /**
     * The pressure to use for {@code entry} now, after check-in answers; never above its maximum (which the compiler
     * has already lowered to the screening's cap) nor the home limit.
     */
    public synchronized Optional<Pressure> pressureFor(PlanEntry entry) {
        return m.pressure.pressureFor(entry);
    }

    public synchronized SessionSnapshot snapshot() {
        long now = clock.nanoTime();
        long elapsed = m.elapsedNanos(now);
        return new SessionSnapshot(plan.routineId(), plan.size(), m.index, Duration.ofNanos(elapsed),
                m.pressure.shift(), m.entryExtensionSeconds, m.totalExtensionSeconds,
                Duration.ofNanos(m.runningBeforeEntry + (m.state.isFinal() ? 0 : elapsed)), m.state);
    }

    // ---------------------------------------------------------------- internals

    private long catchUp() {
        long now = clock.nanoTime();
        m.processUpTo(now);
        return now;
    }

    private CommandResult accepted(long now) {
        m.processUpTo(now); // what is due at a new entry's start (its first beat) goes out with the command
        m.outbox.flush();
        scheduleChanged.run();
        return CommandResult.ok();
    }

    private CommandResult refusedFor(String action) {
        m.outbox.flush();
        String why = switch (m.state) {
            case READY -> "The session has not started yet; start it first.";
            case RUNNING -> "The session is already running.";
            case PAUSED -> "The session is paused; resume it first.";
            case AWAITING_DONE -> "This step waits until you press Done.";
            case CHECKING_IN -> "Answer the check-in first: lighter, same, firmer, or it hurts.";
            case FINISHED -> "The session has finished.";
            case STOPPED_FOR_SAFETY -> "The session was stopped for safety.";
            case ABANDONED -> "The session was stopped.";
        };
        return CommandResult.refused("Cannot " + action + " now. " + why);
    }

    /** Next (+1), back (-1) or restart (0): allowed while running, waiting for Done or paused outside a check-in. */
    private CommandResult navigate(String action, EntryEnding how, int step) {
        long now = catchUp();
        SessionState state = m.state;
        if (!(state == SessionState.RUNNING || state == SessionState.AWAITING_DONE
                || (state == SessionState.PAUSED && m.held != SessionState.CHECKING_IN))) {
            return refusedFor(action);
        }
        boolean paused = state == SessionState.PAUSED;
        m.leaveEntry(now, how);
        m.enterEntry(Math.max(0, m.index + step), now, paused);
        return accepted(now);
    }
}
