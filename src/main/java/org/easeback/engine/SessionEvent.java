package org.easeback.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureShift;

/**
 * Something that happened in a session, delivered to listeners in order.
 * Every event names the entry it belongs to and the clock instant it was due at: for timed events the ideal
 * deadline (not when it was processed), for command results the instant of the command.
 */
public sealed interface SessionEvent {

    /** The plan entry the event belongs to. */
    int entryIndex();

    /** The {@link SessionClock} instant the event was due at, in nanoseconds. */
    long atNanos();

    /**
     * An entry began (also after back, restart or a restored snapshot); {@code pressure} includes check-in shifts
     * (for a check-in it is the pressure the answer is about), and {@code state} is the session's state in it:
     * RUNNING, AWAITING_DONE, CHECKING_IN, or PAUSED when navigation kept a pause.
     */
    record EntryStarted(int entryIndex, long atNanos, PlanEntry entry, Optional<Pressure> pressure,
                        Duration length, SessionState state) implements SessionEvent {
    }

    /**
     * An entry ended, {@code how}; {@code ran} is the time it ran in this visit (extensions and time restored
     * from a snapshot included; zero for open steps and check-ins). Comes before the next entry's EntryStarted.
     */
    record EntryEnded(int entryIndex, long atNanos, EntryEnding how, Duration ran) implements SessionEvent {
    }

    /** At least ten times a second while a timed entry runs. */
    record Tick(int entryIndex, long atNanos, Duration elapsedInEntry, Duration remainingInEntry,
                Duration remainingInSession) implements SessionEvent {
    }

    /** Half of a hands-on entry's time has passed. */
    record Halfway(int entryIndex, long atNanos) implements SessionEvent {
    }

    /** The entry is the second half of a side pair: move to {@code side}. Follows its EntryStarted. */
    record SwitchSides(int entryIndex, long atNanos, Side side) implements SessionEvent {
    }

    /** {@code secondsLeft} (3, 2, then 1) seconds remain in a timed entry. */
    record Countdown(int entryIndex, long atNanos, int secondsLeft) implements SessionEvent {
    }

    /** One stroke of the pace: every 60/strokesPerMinute s from the entry's start; {@code number} counts from 1. */
    record PaceBeat(int entryIndex, long atNanos, int number) implements SessionEvent {
    }

    /** An open step began; the session waits for Done. */
    record AwaitingDone(int entryIndex, long atNanos) implements SessionEvent {
    }

    /**
     * A check-in began: ask {@code prompt}; the session stays still until an answer. {@code choices} says what
     * LIGHTER, SAME and FIRMER would do, from the pressure the badge shows (empty when no hands-on step follows).
     */
    record CheckInRequested(int entryIndex, long atNanos, String prompt, List<PressureShift> choices)
            implements SessionEvent {
        public CheckInRequested {
            choices = List.copyOf(choices);
        }
    }

    /**
     * The receiver answered a check-in: the {@code number}th check-in of the plan. {@code before} is the pressure
     * the answer was about and {@code after} the pressure from the next hands-on step (empty when none follows).
     */
    record CheckInAnswered(int entryIndex, long atNanos, CheckInAnswer answer, int number,
                           Optional<Pressure> before, Optional<Pressure> after) implements SessionEvent {
    }

    /**
     * A check-in answer moved the pressure guidance; {@code shift} is the session-wide number of levels
     * (negative is lighter) and {@code pressure} the level it gives the entry the answer was about.
     */
    record PressureChanged(int entryIndex, long atNanos, int shift, Optional<Pressure> pressure,
                           CheckInAnswer cause) implements SessionEvent {
    }

    /** The giver added time to the running entry; {@code length} is its new length. */
    record EntryExtended(int entryIndex, long atNanos, Duration length) implements SessionEvent {
    }

    record Paused(int entryIndex, long atNanos) implements SessionEvent {
    }

    /** The session goes on, in {@code state} (RUNNING, AWAITING_DONE or CHECKING_IN). */
    record Resumed(int entryIndex, long atNanos, SessionState state) implements SessionEvent {
    }

    /** The last entry ended; {@code runningTime} is the timed time run (plan total plus extensions, less skips). */
    record Finished(int entryIndex, long atNanos, Duration runningTime) implements SessionEvent {
    }

    /** The session stopped early; {@code message} is what the stop screen says. */
    record Stopped(int entryIndex, long atNanos, StopReason reason, String message) implements SessionEvent {
    }
}
