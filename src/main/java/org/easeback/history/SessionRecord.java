package org.easeback.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.easeback.profile.SoreSpot;

/**
 * One session as its journal tells it: the only record of a session. The summary, the history screen, the CSV and
 * the resume offer all read this, computed once by {@link #of} from the journal's events.
 *
 * @param journal      the journal's file name in the sessions folder
 * @param duration     session time: from start to end, less pauses and the time the app was closed
 * @param reason       why it ended early, in words; empty when completed or unfinished
 * @param entryIndex   the last entry started
 * @param steps        how many steps were done, skipped and not reached, and how the giver moved
 * @param handsOn      time with hands on the back: what techniques and sore-spot holds ran, extensions included
 * @param entries      every reached entry with its fate, in plan order (empty in the history: see {@link #compact()})
 */
public record SessionRecord(String journal, String sessionId, Instant startedAt, String receiverName,
                            String routineId, String routineTitle, Duration duration, SessionOutcome outcome,
                            String reason, List<CheckInRecord> checkIns, List<SoreSpot> soreSpots, int painStops,
                            int entryIndex, Steps steps, Duration handsOn, List<EntryRecord> entries) {

    /**
     * Counts over the plan's steps (every entry but the check-ins).
     *
     * @param done             steps done
     * @param skipped          steps skipped (or left by back and not reached again)
     * @param notReached       steps the session never got to (0 when the plan's size is unknown)
     * @param backs            times Back was pressed
     * @param restarts         times a step was restarted
     * @param extensionSeconds seconds added with +15 s
     */
    public record Steps(int done, int skipped, int notReached, int backs, int restarts, int extensionSeconds) {
        public static final Steps NONE = new Steps(0, 0, 0, 0, 0, 0);
    }

    public SessionRecord {
        checkIns = List.copyOf(checkIns);
        soreSpots = List.copyOf(soreSpots);
        entries = List.copyOf(entries);
        reason = reason == null ? "" : reason;
        steps = steps == null ? Steps.NONE : steps;
        handsOn = handsOn == null ? Duration.ZERO : handsOn;
    }

    /** The answers about pressure (lighter, same, firmer), in order. */
    public List<CheckInRecord> pressureAnswers() {
        return checkIns.stream().filter(CheckInRecord::isPressureAnswer).toList();
    }

    /** The entries that were {@code fate}, in plan order. */
    public List<EntryRecord> entries(EntryFate fate) {
        return entries.stream().filter(e -> e.fate() == fate).toList();
    }

    /** This record without its entry list, as the history index keeps it. */
    public SessionRecord compact() {
        return new SessionRecord(journal, sessionId, startedAt, receiverName, routineId, routineTitle, duration,
                outcome, reason, checkIns, soreSpots, painStops, entryIndex, steps, handsOn, List.of());
    }

    /** True once the session has an end: completed, stopped or abandoned. */
    public boolean ended() {
        return outcome != SessionOutcome.UNFINISHED;
    }

    /** The record of a journal's events; the first must be its start. */
    public static SessionRecord of(String journal, List<JournalEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof JournalEvent.Started)) {
            throw new IllegalArgumentException("a session record needs the journal's start event");
        }
        return new JournalFold(journal, events).record();
    }
}
