package org.easeback.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.CheckInPolicy;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.SafetyAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine that runs a plan: it moves forward on its own, keeps the pace, and holds still whenever a
 * person or the safety rules say so. All time comes from the injected {@link SessionClock}; every deadline is
 * computed from the entry's start and its paused time, so error never accumulates. Thread-safe.
 * Drive it with {@link #advanceTo(long)} (tests, after moving a {@link FakeClock}) or a {@link SessionRunner}.
 *
 * <p>Commands never throw: an illegal one returns a refused {@link CommandResult} with the reason. Every command
 * first processes what was due up to the clock's now. Navigation (next, back, restart) keeps a paused session
 * paused; a check-in always waits for its answer and never continues on its own. The pain stop works from every
 * state.
 *
 * <p>Events at the same instant come in this order: entry started, switch sides, countdown, halfway, pace beat,
 * tick. Ticks and beats come strictly before an entry's end; a countdown second or halfway that would fall on
 * the entry's start is not sent. Halfway is sent for hands-on entries only.
 *
 * <p>Hands-on time is rationed by a {@link HandsOnBudget} whatever path the session takes: when the budget runs out
 * in the middle of an entry (extended, restarted, or gone back to), the entry holds and the check-in question is
 * asked there; once it is answered, the entry starts again for the time it had left.
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
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long TICK_NANOS = TICK.toNanos();

    private final Plan plan;
    private final SessionClock clock;
    private final long[] nanosAfter;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<SessionEvent> outbox = new ArrayDeque<>();
    private boolean delivering;
    private volatile Runnable scheduleChanged = () -> { };

    private SessionState state = SessionState.READY;
    /** The state a pause returns to. */
    private SessionState held = SessionState.RUNNING;
    /** A restored session announces its entry on the first resume. */
    private boolean announceOnResume;
    private int index;

    // The current entry's timing: elapsed = (now or pausedAt) - entryStart - pausedNanos.
    private long entryStart;
    private long pausedNanos;
    private long pausedAt;
    private long lengthNanos;
    private int entryExtensionSeconds;
    // What has been sent in the current entry.
    private long ticksSent;
    private long beatsSent;
    private boolean halfwaySent;
    private long lastCountdownOffset;

    private final HandsOnBudget budget;
    /** True while a check-in the budget called holds the current entry. */
    private boolean budgetCheckIn;
    /** How much of the current entry's elapsed time the budget has counted. */
    private long budgetMark;

    private long runningBeforeEntry;
    private int totalExtensionSeconds;
    private int pressureShift;

    public Session(Plan plan, SessionClock clock) {
        this.plan = Objects.requireNonNull(plan);
        this.clock = Objects.requireNonNull(clock);
        this.nanosAfter = new long[plan.size() + 1];
        this.budget = new HandsOnBudget(Math.max(1, plan.checkInEverySeconds()));
        for (int i = plan.size() - 1; i >= 0; i--) {
            nanosAfter[i] = nanosAfter[i + 1] + plan.entry(i).length().toNanos();
        }
    }

    /**
     * A session at the snapshot's entry, PAUSED so that nothing moves until resume; the first resume sends the
     * entry's EntryStarted again. A snapshot taken before start gives a READY session.
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
            s.pressureShift = Math.max(-3, Math.min(3, snapshot.pressureShift()));
            s.totalExtensionSeconds = Math.max(0, snapshot.totalExtensionSeconds());
            PlanEntry e = plan.entry(s.index);
            s.resetEntryTiming(now);
            long elapsed = 0;
            if (e.timed()) {
                s.entryExtensionSeconds = snapshot.entryExtensionSeconds();
                s.lengthNanos = e.length().toNanos() + s.entryExtensionSeconds * SECOND;
                elapsed = Math.min(snapshot.elapsedInEntry().toNanos(), s.lengthNanos);
                s.entryStart = now - elapsed;
                s.seekTo(elapsed);
            }
            s.runningBeforeEntry = Math.max(0, snapshot.runningTime().toNanos() - elapsed);
            s.held = s.naturalState(e);
            s.pausedAt = now;
            s.state = SessionState.PAUSED;
            s.announceOnResume = true;
        }
        return s;
    }

    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
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
        emit(new SessionEvent.Resumed(index, now));
        if (announceOnResume) {
            announceOnResume = false;
            announce(now);
        } else if (state == SessionState.CHECKING_IN) {
            emit(new SessionEvent.CheckInRequested(index, now, plan.entry(index).title()));
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
        leaveEntry(now);
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
        leaveEntry(now);
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
        leaveEntry(now);
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
        leaveEntry(now);
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
        emit(new SessionEvent.CheckInAnswered(index, now, answer));
        if (answer == CheckInAnswer.IT_HURTS) {
            stopWith(SessionState.STOPPED_FOR_SAFETY, StopReason.PAIN, PAIN_MESSAGE, now);
            return accepted(now);
        }
        if (answer.pressureShift() != 0) {
            shiftPressure(answer, now);
        }
        budget.checkedIn();
        if (budgetCheckIn) {
            resumeAfterBudgetCheckIn(now);
            return accepted(now);
        }
        leaveEntry(now);
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
        flush();
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
        return OptionalLong.of(entryStart + pausedNanos + nextOffset());
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

    /** The state a pause will return to (meaningful while PAUSED). */
    public synchronized SessionState heldState() {
        return state == SessionState.PAUSED ? held : state;
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
        return pressureShift;
    }

    /**
     * The pressure to use for {@code entry} now, after check-in answers; never above its maximum (which the compiler
     * has already lowered to the screening's cap) nor the home limit.
     */
    public synchronized Optional<Pressure> pressureFor(PlanEntry entry) {
        return entry.pressure().map(p -> p.shifted(pressureShift, ceiling(entry, p)));
    }

    /** The most an entry's pressure may be shifted to: its maximum, within the home limit. */
    private static Pressure ceiling(PlanEntry entry, Pressure base) {
        return PressureGuide.limit(entry.maxPressure().orElse(base), PressureGuide.HOME_LIMIT);
    }

    public synchronized SessionSnapshot snapshot() {
        long now = clock.nanoTime();
        return new SessionSnapshot(plan.routineId(), plan.size(), index, Duration.ofNanos(elapsedNanos(now)),
                pressureShift, entryExtensionSeconds, totalExtensionSeconds,
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
        flush();
        scheduleChanged.run();
        return CommandResult.ok();
    }

    private CommandResult refusedFor(String action) {
        flush();
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
        long until = state == SessionState.PAUSED || budgetCheckIn ? pausedAt : now;
        return Math.max(0, Math.min(lengthNanos, until - entryStart - pausedNanos));
    }

    /** Adds the time run in the current entry to the running total. */
    private void leaveEntry(long now) {
        long elapsed = elapsedNanos(now);
        spendBudget(elapsed);
        runningBeforeEntry += elapsed;
        budgetCheckIn = false;
    }

    /** Counts the current entry's hands-on time up to {@code elapsed} into the budget. */
    private void spendBudget(long elapsed) {
        if (index < plan.size() && HandsOnBudget.counts(plan.entry(index)) && elapsed > budgetMark) {
            budget.spend(elapsed - budgetMark);
            budgetMark = elapsed;
        }
    }

    /** Holds the current entry at {@code at} and asks the check-in question: the budget has run out. */
    private void startBudgetCheckIn(long offset, long at) {
        spendBudget(offset);
        budgetCheckIn = true;
        pausedAt = at;
        state = SessionState.CHECKING_IN;
        LOG.info("Safety rule check-in-interval: session '{}' checks in during entry {}", plan.routineId(), index);
        emit(new SessionEvent.CheckInRequested(index, at, CheckInPolicy.PRESSURE_PROMPT));
    }

    /** After a budget check-in: the entry goes on, announced again with the time it has left. */
    private void resumeAfterBudgetCheckIn(long now) {
        budgetCheckIn = false;
        pausedNanos += now - pausedAt;
        state = SessionState.RUNNING;
        PlanEntry e = plan.entry(index);
        long left = Math.max(0, lengthNanos - elapsedNanos(now));
        emit(new SessionEvent.EntryStarted(index, now, e, pressureFor(e), Duration.ofNanos(left)));
    }

    private SessionState naturalState(PlanEntry e) {
        return e.checkIn() ? SessionState.CHECKING_IN : e.open() ? SessionState.AWAITING_DONE : SessionState.RUNNING;
    }

    private void resetEntryTiming(long start) {
        entryStart = start;
        pausedNanos = 0;
        pausedAt = start;
        entryExtensionSeconds = 0;
        ticksSent = 0;
        beatsSent = 0;
        halfwaySent = false;
        lastCountdownOffset = 0;
        lengthNanos = 0;
        budgetMark = 0;
        budgetCheckIn = false;
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
        emit(new SessionEvent.EntryStarted(index, at, e, pressureFor(e), Duration.ofNanos(lengthNanos)));
        if (e.secondSide() && e.side().isPresent()) {
            emit(new SessionEvent.SwitchSides(index, at, e.side().get()));
        }
        if (state == SessionState.AWAITING_DONE) {
            emit(new SessionEvent.AwaitingDone(index, at));
        } else if (state == SessionState.CHECKING_IN) {
            emit(new SessionEvent.CheckInRequested(index, at, e.title()));
        }
    }

    private void seekTo(long elapsed) {
        if (elapsed <= 0) {
            return;
        }
        ticksSent = Math.min(elapsed / TICK_NANOS, Math.max(0, (lengthNanos - 1) / TICK_NANOS));
        int spm = plan.entry(index).strokesPerMinute().orElse(0);
        while (spm > 0 && beatOffset(beatsSent, spm) <= elapsed && beatOffset(beatsSent, spm) < lengthNanos) {
            beatsSent++;
        }
        halfwaySent = lengthNanos / 2 <= elapsed;
        lastCountdownOffset = elapsed;
        budgetMark = elapsed;
    }

    private static long beatOffset(long k, int spm) {
        return k * MINUTE / spm;
    }

    // Kinds of deadline within an entry, in the order they go out at the same instant.
    private static final int COUNTDOWN = 0;
    private static final int HALFWAY = 1;
    private static final int BEAT = 2;
    private static final int TICK_KIND = 3;
    private static final int BUDGET = 4;
    private static final int END = 5;

    private int nextKind;
    private int nextCountdown;

    /** The offset in the entry of the next deadline; sets {@link #nextKind}. */
    private long nextOffset() {
        long best = lengthNanos;
        nextKind = END;
        for (int n = 3; n >= 1; n--) {
            long due = lengthNanos - n * SECOND;
            if (due > 0 && due > lastCountdownOffset) {
                best = due;
                nextKind = COUNTDOWN;
                nextCountdown = n;
                break;
            }
        }
        PlanEntry e = plan.entry(index);
        if (!halfwaySent && e.kind().handsOn() && lengthNanos > 0) {
            long due = lengthNanos / 2;
            if (due < best || (due == best && HALFWAY < nextKind)) {
                best = due;
                nextKind = HALFWAY;
            }
        }
        int spm = e.strokesPerMinute().orElse(0);
        if (spm > 0) {
            long due = beatOffset(beatsSent, spm);
            if (due < lengthNanos && (due < best || (due == best && BEAT < nextKind))) {
                best = due;
                nextKind = BEAT;
            }
        }
        long tick = (ticksSent + 1) * TICK_NANOS;
        if (tick < lengthNanos && (tick < best || (tick == best && TICK_KIND < nextKind))) {
            best = tick;
            nextKind = TICK_KIND;
        }
        if (HandsOnBudget.counts(e)) {
            // The entry's own end comes first: a check-in that falls there is the plan's (or the next entry's).
            long due = budgetMark + Math.max(0, budget.remainingNanos());
            if (due < lengthNanos && (due < best || (due == best && BUDGET < nextKind))) {
                best = due;
                nextKind = BUDGET;
            }
        }
        return best;
    }

    private void processUpTo(long now) {
        int guard = 0;
        while (state == SessionState.RUNNING) {
            long base = entryStart + pausedNanos;
            long offset = nextOffset();
            long at = base + offset;
            if (at - now > 0) {
                return;
            }
            switch (nextKind) {
                case COUNTDOWN -> {
                    lastCountdownOffset = offset;
                    emit(new SessionEvent.Countdown(index, at, nextCountdown));
                }
                case HALFWAY -> {
                    halfwaySent = true;
                    emit(new SessionEvent.Halfway(index, at));
                }
                case BEAT -> {
                    beatsSent++;
                    emit(new SessionEvent.PaceBeat(index, at, (int) beatsSent));
                }
                case TICK_KIND -> {
                    ticksSent++;
                    emit(new SessionEvent.Tick(index, at, Duration.ofNanos(offset),
                            Duration.ofNanos(lengthNanos - offset),
                            Duration.ofNanos(lengthNanos - offset + nanosAfter[index + 1])));
                }
                case BUDGET -> startBudgetCheckIn(offset, at);
                default -> {
                    spendBudget(lengthNanos);
                    runningBeforeEntry += lengthNanos;
                    enterEntry(index + 1, at, false);
                }
            }
            if (++guard % 4096 == 0) {
                flush(); // keep the outbox small when catching up over a long gap
            }
        }
    }

    private void shiftPressure(CheckInAnswer answer, long now) {
        Optional<PlanEntry> reference = referenceEntry();
        int delta = answer.pressureShift();
        if (reference.isEmpty()) {
            pressureShift = Math.max(-3, Math.min(3, pressureShift + delta));
            emit(new SessionEvent.PressureChanged(index, now, pressureShift, Optional.empty(), answer));
            return;
        }
        PlanEntry ref = reference.get();
        Pressure base = ref.pressure().get();
        Pressure max = ceiling(ref, base);
        Pressure before = base.shifted(pressureShift, max);
        Pressure after = base.shifted(pressureShift + delta, max);
        if (after != before) {
            pressureShift = after.ordinal() - base.ordinal();
            emit(new SessionEvent.PressureChanged(index, now, pressureShift, Optional.of(after), answer));
        } else {
            LOG.info("Pressure stays {}: it is already at the {} allowed for {}", before,
                    delta < 0 ? "lightest" : "most", ref.title());
        }
    }

    /** The hands-on entry a check-in is about: the last one before it, else the next one after. */
    private Optional<PlanEntry> referenceEntry() {
        for (int i = index - 1; i >= 0; i--) {
            if (plan.entry(i).kind().handsOn() && plan.entry(i).pressure().isPresent()) {
                return Optional.of(plan.entry(i));
            }
        }
        for (int i = index + 1; i < plan.size(); i++) {
            if (plan.entry(i).kind().handsOn() && plan.entry(i).pressure().isPresent()) {
                return Optional.of(plan.entry(i));
            }
        }
        return Optional.empty();
    }

    private void stopWith(SessionState finalState, StopReason reason, String message, long now) {
        leaveEntry(now);
        state = finalState;
        if (reason == StopReason.PAIN) {
            LOG.info("Safety rule pain-stop: session '{}' stopped at entry {}", plan.routineId(), index);
        }
        emit(new SessionEvent.Stopped(index, now, reason, message));
    }

    private void emit(SessionEvent event) {
        outbox.add(event);
    }

    /** Delivers queued events in order; a listener's command queues behind the event being delivered. */
    private void flush() {
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            SessionEvent e;
            while ((e = outbox.poll()) != null) {
                for (SessionListener l : listeners) {
                    try {
                        l.onEvent(e);
                    } catch (RuntimeException ex) {
                        LOG.error("A session listener failed on {}", e.getClass().getSimpleName(), ex);
                    }
                }
            }
        } finally {
            delivering = false;
        }
    }
}
