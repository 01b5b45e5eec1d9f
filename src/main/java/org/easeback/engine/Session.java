package org.easeback.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;

/**
 * The state machine that runs a plan: it moves forward on its own, keeps the pace, and holds still whenever a
 * person or the safety rules say so. All time comes from the injected {@link SessionClock}; every deadline is
 * computed from the entry's start and its paused time, so error never accumulates. Thread-safe.
 * Drive it with {@link #advanceTo(long)} (tests, after moving a {@link FakeClock}) or a {@link SessionRunner}.
 */
public final class Session {

    /** Seconds that {@link #extend()} adds. */
    public static final int EXTEND_SECONDS = 15;
    /** Interval between ticks while a timed entry runs. */
    public static final Duration TICK = Duration.ofMillis(100);

    public Session(Plan plan, SessionClock clock) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A session at the snapshot's entry, PAUSED so that nothing moves until resume. */
    public static Session restore(Plan plan, SessionSnapshot snapshot, SessionClock clock) {
        throw new UnsupportedOperationException("not yet");
    }

    public void addListener(SessionListener listener) {
    }

    public void removeListener(SessionListener listener) {
    }

    public CommandResult start() { return CommandResult.refused("not yet"); }

    public CommandResult pause() { return CommandResult.refused("not yet"); }

    public CommandResult resume() { return CommandResult.refused("not yet"); }

    public CommandResult next() { return CommandResult.refused("not yet"); }

    public CommandResult back() { return CommandResult.refused("not yet"); }

    public CommandResult restartEntry() { return CommandResult.refused("not yet"); }

    /** Adds {@link #EXTEND_SECONDS} to the current timed entry. */
    public CommandResult extend() { return CommandResult.refused("not yet"); }

    /** Ends an open step. */
    public CommandResult done() { return CommandResult.refused("not yet"); }

    public CommandResult answer(CheckInAnswer answer) { return CommandResult.refused("not yet"); }

    /** The giver stops the session (ABANDONED). */
    public CommandResult stop() { return CommandResult.refused("not yet"); }

    /** Stops at once for pain, from any state. */
    public CommandResult painStop() { return CommandResult.refused("not yet"); }

    /** Processes every deadline up to {@code nowNanos}, in order. */
    public void advanceTo(long nowNanos) {
    }

    /** {@link #advanceTo(long)} at the clock's now. */
    public void advance() {
    }

    /** The next instant something is due, or empty when the session waits for a person or is over. */
    public OptionalLong nextDeadlineNanos() { return OptionalLong.empty(); }

    public Plan plan() { return null; }

    public SessionClock clock() { return null; }

    public SessionState state() { return SessionState.READY; }

    public int entryIndex() { return 0; }

    /** The current entry, or empty for an empty plan. */
    public Optional<PlanEntry> currentEntry() { return Optional.empty(); }

    /** The current entry's length including extensions; zero for open steps and check-ins. */
    public Duration entryLength() { return Duration.ZERO; }

    public Duration elapsedInEntry() { return Duration.ZERO; }

    public Duration remainingInEntry() { return Duration.ZERO; }

    public Duration remainingInSession() { return Duration.ZERO; }

    /** Timed time run so far. */
    public Duration runningTime() { return Duration.ZERO; }

    public int totalExtensionSeconds() { return 0; }

    /** Levels the check-in answers have moved the pressure guidance (negative is lighter). */
    public int pressureShift() { return 0; }

    /** The pressure to use for {@code entry} now, after check-in answers. */
    public Optional<Pressure> pressureFor(PlanEntry entry) { return Optional.empty(); }

    public SessionSnapshot snapshot() { return null; }
}
