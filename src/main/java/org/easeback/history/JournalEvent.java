package org.easeback.history;

import java.time.Instant;
import java.util.List;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;

/** One line of a session journal: something that happened in a session, with the wall-clock time it happened. */
public sealed interface JournalEvent {

    /** When it happened. */
    Instant at();

    /** Whether the journal is synced to the disk right after this event, not only flushed. */
    default boolean syncs() {
        return false;
    }

    /** A question of the safety screening and the answer given. */
    record ScreeningAnswer(String question, String answer) {
    }

    /**
     * The session began: the first line of every journal. {@code planSteps} counts the plan's entries other than
     * check-ins (-1 when unknown).
     */
    record Started(Instant at, String sessionId, String routineId, String routineTitle, String receiverName,
                   List<ScreeningAnswer> screening, List<SoreSpot> soreSpots, int planSteps)
            implements JournalEvent {
        public Started {
            screening = List.copyOf(screening);
            soreSpots = List.copyOf(soreSpots);
        }

        /** A start line of a plan of unknown size. */
        public Started(Instant at, String sessionId, String routineId, String routineTitle, String receiverName,
                       List<ScreeningAnswer> screening, List<SoreSpot> soreSpots) {
            this(at, sessionId, routineId, routineTitle, receiverName, screening, soreSpots, -1);
        }

        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** A plan entry began; {@code side} is "left", "right", "both" or empty. */
    record EntryStarted(Instant at, int entryIndex, String title, String kind, String side) implements JournalEvent {
        public EntryStarted {
            side = side == null ? "" : side;
        }

        public EntryStarted(Instant at, int entryIndex, String title, String kind) {
            this(at, entryIndex, title, kind, "");
        }
    }

    /**
     * A visit to an entry ended: {@code how} is an {@code EntryEnding} in lower case ("completed", "done",
     * "answered", "skipped", "back", "restarted", "stopped"), {@code ranMillis} the time it ran in this visit.
     */
    record EntryEnded(Instant at, int entryIndex, String how, long ranMillis) implements JournalEvent {
    }

    record Paused(Instant at, int entryIndex) implements JournalEvent {
    }

    record Resumed(Instant at, int entryIndex) implements JournalEvent {
    }

    /**
     * The receiver answered the {@code number}th check-in of the plan (0 unknown); {@code before} and {@code after}
     * are pressure levels ("gentle"), empty when there was none.
     */
    record CheckInAnswered(Instant at, int entryIndex, CheckInAnswer answer, int number, String before,
                           String after) implements JournalEvent {
        public CheckInAnswered {
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }

        public CheckInAnswered(Instant at, int entryIndex, CheckInAnswer answer) {
            this(at, entryIndex, answer, 0, "", "");
        }

        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** The giver added {@code seconds} to the current entry. */
    record Extended(Instant at, int entryIndex, int seconds) implements JournalEvent {
    }

    /** The session stopped because it hurt; {@code message} is the advice shown. */
    record PainStop(Instant at, int entryIndex, String message) implements JournalEvent {
        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** The session stopped before its end; {@code reason} is a short code ("pain", "giver"), message the why. */
    record Stopped(Instant at, int entryIndex, String reason, String message) implements JournalEvent {
        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** Every entry ran. */
    record Finished(Instant at) implements JournalEvent {
        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** A safety rule decided something: {@code rule} names it, {@code decision} says what it did. */
    record SafetyDecision(Instant at, String rule, String decision) implements JournalEvent {
    }

    /** The engine's snapshot for resuming, as the JSON object the engine wrote. */
    record Snapshot(Instant at, int entryIndex, String state) implements JournalEvent {
    }

    /** An unfinished session was closed without resuming it. */
    record Abandoned(Instant at, String reason) implements JournalEvent {
        @Override
        public boolean syncs() {
            return true;
        }
    }

    /** The session was resumed after the app closed or crashed; the time before this line is not session time. */
    record Reopened(Instant at) implements JournalEvent {
        @Override
        public boolean syncs() {
            return true;
        }
    }
}
