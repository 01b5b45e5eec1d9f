package org.easeback.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.easeback.profile.SoreSpot;

/**
 * One session as the history shows it, read back from its journal.
 *
 * @param journal      the journal's file name in the sessions folder
 * @param duration     session time: from start to end, less pauses and the time the app was closed
 * @param reason       why it ended early, in words; empty when completed or unfinished
 * @param entryIndex   the last entry started
 */
public record SessionRecord(String journal, String sessionId, Instant startedAt, String receiverName,
                            String routineId, String routineTitle, Duration duration, SessionOutcome outcome,
                            String reason, List<CheckInRecord> checkIns, List<SoreSpot> soreSpots, int painStops,
                            int entryIndex) {

    public SessionRecord {
        checkIns = List.copyOf(checkIns);
        soreSpots = List.copyOf(soreSpots);
        reason = reason == null ? "" : reason;
    }

    /** The answers about pressure (lighter, same, firmer), in order. */
    public List<CheckInRecord> pressureAnswers() {
        return checkIns.stream().filter(CheckInRecord::isPressureAnswer).toList();
    }

    /** The record of a journal's events; the first must be its start. */
    public static SessionRecord of(String journal, List<JournalEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof JournalEvent.Started start)) {
            throw new IllegalArgumentException("a session record needs the journal's start event");
        }
        List<CheckInRecord> checkIns = new ArrayList<>();
        SessionOutcome outcome = SessionOutcome.UNFINISHED;
        String reason = "";
        int painStops = 0;
        int entry = -1;
        long millis = 0;
        boolean counting = true;
        Instant last = start.at();
        for (JournalEvent e : events.subList(1, events.size())) {
            // The gap before a reopen or an abandon is time the app was closed, not session time.
            if (counting && !(e instanceof JournalEvent.Reopened) && !(e instanceof JournalEvent.Abandoned)) {
                millis += Math.max(0, Duration.between(last, e.at()).toMillis());
            }
            last = e.at();
            if (e instanceof JournalEvent.Paused) {
                counting = false;
            } else if (e instanceof JournalEvent.Resumed || e instanceof JournalEvent.Reopened) {
                counting = outcome == SessionOutcome.UNFINISHED;
            } else if (e instanceof JournalEvent.EntryStarted s) {
                entry = s.entryIndex();
            } else if (e instanceof JournalEvent.CheckInAnswered c) {
                checkIns.add(new CheckInRecord(c.at(), c.entryIndex(), c.answer()));
            } else if (e instanceof JournalEvent.PainStop p) {
                painStops++;
                outcome = SessionOutcome.STOPPED_FOR_PAIN;
                reason = p.message().isEmpty() ? "it hurt" : p.message();
                counting = false;
            } else if (e instanceof JournalEvent.Stopped s) {
                if (outcome != SessionOutcome.STOPPED_FOR_PAIN) {
                    outcome = "pain".equals(s.reason()) ? SessionOutcome.STOPPED_FOR_PAIN : SessionOutcome.STOPPED;
                    reason = s.message().isEmpty() ? s.reason() : s.message();
                    if (outcome == SessionOutcome.STOPPED_FOR_PAIN) {
                        painStops++;
                    }
                }
                counting = false;
            } else if (e instanceof JournalEvent.Finished) {
                outcome = SessionOutcome.COMPLETED;
                counting = false;
            } else if (e instanceof JournalEvent.Abandoned a) {
                if (outcome == SessionOutcome.UNFINISHED) {
                    outcome = SessionOutcome.ABANDONED;
                    reason = a.reason();
                }
                counting = false;
            }
        }
        return new SessionRecord(journal, start.sessionId(), start.at(), start.receiverName(), start.routineId(),
                start.routineTitle(), Duration.ofMillis(millis), outcome, reason, checkIns, start.soreSpots(),
                painStops, entry);
    }
}
