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
    private static final long SECOND = DeadlineSchedule.SECOND;

    private final Plan plan;
    private final SessionClock clock;
    private final long[] nanosAfter;
    private final EventOutbox outbox = new EventOutbox();
    private final DeadlineSchedule schedule = new DeadlineSchedule();
    private final PressureAdjuster pressure;
    private volatile Runnable scheduleChanged = () -> { };

    private SessionState state = SessionState.READY;
    /** The state a pause returns to. */
    private SessionState held = SessionState.RUNNING;
    /** A restored session asks for its Done or its check-in answer on the first resume. */
    private boolean promptOnResume;
    private int index;

    // The current entry's timing: elapsed = (now or pausedAt) - entryStart - pausedNanos.
    private long entryStart;
    private long pausedNanos;
    private long pausedAt;
    private long lengthNanos;
    private int entryExtensionSeconds;

    private long runningBeforeEntry;
    private int totalExtensionSeconds;

    public Session(Plan plan, SessionClock clock) {
        this.plan = Objects.requireNonNull(plan);
        this.clock = Objects.requireNonNull(clock);
        this.pressure = new PressureAdjuster(plan);
        this.nanosAfter = new long[plan.size() + 1];
        for (int i = plan.size() - 1; i >= 0; i--) {
            nanosAfter[i] = nanosAfter[i + 1] + plan.entry(i).length().toNanos();
        }
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
            long now = clock.nanoTime();
            s.index = snapshot.entryIndex();
            s.pressure.restore(snapshot.pressureShift());
            s.totalExtensionSeconds = Math.max(0, snapshot.totalExtensionSeconds());
            PlanEntry e = plan.entry(s.index);
            s.resetEntryTiming(now);
            long elapsed = 0;
            if (e.timed()) {
                s.entryExtensionSeconds = snapshot.entryExtensionSeconds();
                s.lengthNanos = e.length().toNanos() + s.entryExtensionSeconds * SECOND;
                elapsed = Math.min(snapshot.elapsedInEntry().toNanos(), s.lengthNanos);
                s.entryStart = now - elapsed;
                s.schedule.seekTo(e, s.lengthNanos, elapsed);
            }
            s.runningBeforeEntry = Math.max(0, snapshot.runningTime().toNanos() - elapsed);
            s.held = s.naturalState(e);
            s.pausedAt = now;
            s.state = SessionState.PAUSED;
            s.promptOnResume = true;
            s.announce(now);
            s.emit(new SessionEvent.Paused(s.index, now));
        }
        return s;
    }

    public void addListener(SessionListener listener) {
        outbox.add(listener);
    }

    public void removeListener(SessionListener listener) {
        outbox.remove(listener);
    }

    /** Called (on any thread) whenever a command changes the schedule; the runner uses it to wake up. */
    void onScheduleChanged(Runnable hook) {
        scheduleChanged = hook == null ? () -> { } : hook;
    }

    // ---------------------------------------------------------------- commands

    public synchronized CommandResult start() {
        if (state != SessionState.READY) {
            return refusedFor("start");
        }
        long now = clock.nanoTime();
        enterEntry(0, now, false);
        return accepted(now);
    }

    public synchronized CommandResult pause() {
        long now = catchUp();
        if (state != SessionState.RUNNING && state != SessionState.AWAITING_DONE) {
            return refusedFor("pause");
        }
        held = state;
        pausedAt = now;
        state = SessionState.PAUSED;
        emit(new SessionEvent.Paused(index, now));
        return accepted(now);
    }

    public synchronized CommandResult resume() {
        long now = catchUp();
        if (state != SessionState.PAUSED) {
            return refusedFor("resume");
        }
        pausedNanos += now - pausedAt;
        state = held;
        emit(new SessionEvent.Resumed(index, now, state));
        if (promptOnResume) {
            promptOnResume = false;
            prompt(now);
        }
        processUpTo(now);
        return accepted(now);
    }

    public synchronized CommandResult next() {
        long now = catchUp();
        Optional<CommandResult> refusal = refuseNavigation("go to the next step");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean paused = state == SessionState.PAUSED;
        leaveEntry(now, EntryEnding.SKIPPED);
        enterEntry(index + 1, now, paused);
        return accepted(now);
    }

    public synchronized CommandResult back() {
        long now = catchUp();
        Optional<CommandResult> refusal = refuseNavigation("go back");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean paused = state == SessionState.PAUSED;
        leaveEntry(now, EntryEnding.BACK);
        enterEntry(Math.max(0, index - 1), now, paused);
        return accepted(now);
    }

    public synchronized CommandResult restartEntry() {
        long now = catchUp();
        Optional<CommandResult> refusal = refuseNavigation("restart this step");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean paused = state == SessionState.PAUSED;
        leaveEntry(now, EntryEnding.RESTARTED);
        enterEntry(index, now, paused);
        return accepted(now);
    }

    /** Adds {@link #EXTEND_SECONDS} to the current timed entry, running or paused. */
    public synchronized CommandResult extend() {
        long now = catchUp();
        boolean timedHere = state == SessionState.RUNNING
                || (state == SessionState.PAUSED && held == SessionState.RUNNING);
        if (!timedHere) {
            if (state == SessionState.AWAITING_DONE
                    || (state == SessionState.PAUSED && held == SessionState.AWAITING_DONE)) {
                return CommandResult.refused("This step has no timer to extend: it waits until you press Done.");
            }
            return refusedFor("add time");
        }
        lengthNanos += EXTEND_SECONDS * SECOND;
        entryExtensionSeconds += EXTEND_SECONDS;
        totalExtensionSeconds += EXTEND_SECONDS;
        emit(new SessionEvent.EntryExtended(index, now, Duration.ofNanos(lengthNanos)));
        return accepted(now);
    }

    /** Ends an open step. */
    public synchronized CommandResult done() {
        long now = catchUp();
        if (state != SessionState.AWAITING_DONE) {
            if (state == SessionState.RUNNING) {
                return CommandResult.refused("This step is timed and moves on by itself; use Next to skip it.");
            }
            return refusedFor("mark this step done");
        }
        leaveEntry(now, EntryEnding.DONE);
        enterEntry(index + 1, now, false);
        return accepted(now);
    }

    /** Answers the current check-in: LIGHTER or FIRMER move the pressure one level, IT_HURTS stops for safety. */
    public synchronized CommandResult answer(CheckInAnswer answer) {
        long now = catchUp();
        if (answer == null) {
            return CommandResult.refused("Choose an answer: lighter, same, firmer, or it hurts.");
        }
        if (state != SessionState.CHECKING_IN) {
            return CommandResult.refused("There is no check-in to answer right now.");
        }
        PressureAdjuster.Change change = pressure.answer(index, answer);
        emit(new SessionEvent.CheckInAnswered(index, now, answer, plan.checkInNumber(index), change.before(),
                change.after()));
        if (answer == CheckInAnswer.IT_HURTS) {
            stopWith(SessionState.STOPPED_FOR_SAFETY, StopReason.PAIN, PAIN_MESSAGE, now);
            return accepted(now);
        }
        if (change.moved()) {
            emit(new SessionEvent.PressureChanged(index, now, pressure.shift(), change.after(), answer));
        } else if (answer.pressureShift() != 0) {
            LOG.info("Pressure stays {}: it is already at the {} allowed", change.before().orElse(null),
                    answer.pressureShift() < 0 ? "lightest" : "most");
        }
        leaveEntry(now, EntryEnding.ANSWERED);
        enterEntry(index + 1, now, false);
        return accepted(now);
    }

    /** The giver stops the session (ABANDONED). */
    public synchronized CommandResult stop() {
        long now = catchUp();
        if (state.isFinal()) {
            return refusedFor("stop");
        }
        stopWith(SessionState.ABANDONED, StopReason.ABANDONED, ABANDONED_MESSAGE, now);
        return accepted(now);
    }

    /** Stops at once for pain, from any state; a second pain stop is accepted and changes nothing. */
    public synchronized CommandResult painStop() {
        long now = clock.nanoTime();
        if (state == SessionState.STOPPED_FOR_SAFETY) {
            return CommandResult.ok();
        }
        if (state == SessionState.RUNNING || state == SessionState.AWAITING_DONE) {
            processUpTo(now);
        }
        if (state != SessionState.STOPPED_FOR_SAFETY) {
            stopWith(SessionState.STOPPED_FOR_SAFETY, StopReason.PAIN, PAIN_MESSAGE, now);
        }
        return accepted(now);
    }

    // ---------------------------------------------------------------- driving

    /** Processes every deadline up to {@code nowNanos}, in order, and delivers the events. */
    public synchronized void advanceTo(long nowNanos) {
        processUpTo(nowNanos);
        outbox.flush();
    }

    /** {@link #advanceTo(long)} at the clock's now. */
    public void advance() {
        advanceTo(clock.nanoTime());
    }

    /** The next instant something is due, or empty when the session waits for a person or is over. */
    public synchronized OptionalLong nextDeadlineNanos() {
        if (state != SessionState.RUNNING) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(entryStart + pausedNanos + schedule.next(plan.entry(index), lengthNanos).offset());
    }

    // ---------------------------------------------------------------- queries

    public Plan plan() {
        return plan;
    }

    public SessionClock clock() {
        return clock;
    }

    public synchronized SessionState state() {
        return state;
    }

    public synchronized int entryIndex() {
        return index;
    }

    /** The current entry, or empty for an empty plan. */
    public synchronized Optional<PlanEntry> currentEntry() {
        return index < plan.size() ? Optional.of(plan.entry(index)) : Optional.empty();
    }

    /** The current entry's length including extensions; zero for open steps and check-ins. */
    public synchronized Duration entryLength() {
        return Duration.ofNanos(lengthNanos);
    }

    public synchronized Duration elapsedInEntry() {
        return Duration.ofNanos(elapsedNanos(clock.nanoTime()));
    }

    public synchronized Duration remainingInEntry() {
        return Duration.ofNanos(Math.max(0, lengthNanos - elapsedNanos(clock.nanoTime())));
    }

    public synchronized Duration remainingInSession() {
        if (state == SessionState.READY) {
            return Duration.ofNanos(nanosAfter[0]);
        }
        if (state.isFinal()) {
            return Duration.ZERO;
        }
        return remainingInEntry().plusNanos(nanosAfter[Math.min(index + 1, plan.size())]);
    }

    /** Timed time run so far. */
    public synchronized Duration runningTime() {
        return Duration.ofNanos(runningBeforeEntry + (state.isFinal() ? 0 : elapsedNanos(clock.nanoTime())));
    }

    public synchronized int totalExtensionSeconds() {
        return totalExtensionSeconds;
    }

    /** Levels the check-in answers have moved the pressure guidance (negative is lighter). */
    public synchronized int pressureShift() {
        return pressure.shift();
    }

    /**
     * The pressure now: the running hands-on entry's, or at a check-in the one the question is about (the last
     * hands-on entry's); what the player's badge shows. Empty before any hands-on entry has a pressure.
     */
    public synchronized Optional<Pressure> currentPressure() {
        return state == SessionState.READY ? Optional.empty() : pressure.current(index);
    }

    /**
     * What LIGHTER, SAME and FIRMER would do at the check-in now, in that order, each from {@link #currentPressure()}
     * to the pressure of the next hands-on step; empty when no check-in waits or no hands-on step follows.
     */
    public synchronized List<PressureShift> checkInChoices() {
        boolean checkingIn = state == SessionState.CHECKING_IN
                || (state == SessionState.PAUSED && held == SessionState.CHECKING_IN);
        if (!checkingIn) {
            return List.of();
        }
        return pressure.choices(index);
    }

    /**
     * The pressure to use for {@code entry} now, after check-in answers; never above its maximum (which the compiler
     * has already lowered to the screening's cap) nor the home limit.
     */
    public synchronized Optional<Pressure> pressureFor(PlanEntry entry) {
        return pressure.pressureFor(entry);
    }

    public synchronized SessionSnapshot snapshot() {
        long now = clock.nanoTime();
        return new SessionSnapshot(plan.routineId(), plan.size(), index, Duration.ofNanos(elapsedNanos(now)),
                pressure.shift(), entryExtensionSeconds, totalExtensionSeconds,
                Duration.ofNanos(runningBeforeEntry + (state.isFinal() ? 0 : elapsedNanos(now))), state);
    }

    // ---------------------------------------------------------------- internals

    private long catchUp() {
        long now = clock.nanoTime();
        processUpTo(now);
        return now;
    }

    private CommandResult accepted(long now) {
        processUpTo(now); // what is due at a new entry's start (its first beat) goes out with the command
        outbox.flush();
        scheduleChanged.run();
        return CommandResult.ok();
    }

    private CommandResult refusedFor(String action) {
        outbox.flush();
        String why = switch (state) {
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

    private Optional<CommandResult> refuseNavigation(String action) {
        if (state == SessionState.RUNNING || state == SessionState.AWAITING_DONE
                || (state == SessionState.PAUSED && held != SessionState.CHECKING_IN)) {
            return Optional.empty();
        }
        return Optional.of(refusedFor(action));
    }

    private long elapsedNanos(long now) {
        if (state == SessionState.READY || state.isFinal() || lengthNanos == 0) {
            return 0;
        }
        long until = state == SessionState.PAUSED ? pausedAt : now;
        return Math.max(0, Math.min(lengthNanos, until - entryStart - pausedNanos));
    }

    /** Ends the current entry's visit {@code how}: adds the time it ran to the total and says so. */
    private void leaveEntry(long now, EntryEnding how) {
        long ran = elapsedNanos(now);
        runningBeforeEntry += ran;
        emit(new SessionEvent.EntryEnded(index, now, how, Duration.ofNanos(ran)));
    }

    private SessionState naturalState(PlanEntry e) {
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
    private void enterEntry(int i, long start, boolean stayPaused) {
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

    private void processUpTo(long now) {
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

    private void stopWith(SessionState finalState, StopReason reason, String message, long now) {
        if (state != SessionState.READY) {
            leaveEntry(now, EntryEnding.STOPPED);
        }
        state = finalState;
        if (reason == StopReason.PAIN) {
            LOG.info("Safety rule pain-stop: session '{}' stopped at entry {}", plan.routineId(), index);
        }
        emit(new SessionEvent.Stopped(index, now, reason, message));
    }

    private void emit(SessionEvent event) {
        outbox.emit(event);
    }
}
