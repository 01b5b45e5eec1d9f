package org.easeback.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.easeback.engine.EntryEnding;
import org.easeback.engine.EntryKind;
import org.easeback.routine.Pressure;

/**
 * Reads a journal's events once, in order, into a {@link SessionRecord}: the one place that decides a session's
 * duration, hands-on time, entry fates and outcome.
 */
final class JournalFold {

    private final String journal;
    private final JournalEvent.Started start;
    private final List<CheckInRecord> checkIns = new ArrayList<>();
    private final TreeMap<Integer, Entry> entries = new TreeMap<>();
    private SessionOutcome outcome = SessionOutcome.UNFINISHED;
    private String reason = "";
    private int painStops;
    private int lastEntry = -1;
    private int backs;
    private int restarts;
    private int extensionSeconds;
    /** Journals written before entry endings were recorded say nothing of skips. */
    private boolean endings;
    private long millis;
    private boolean counting = true;
    private Instant last;

    /** What is known of one entry so far. */
    private static final class Entry {
        String title = "";
        String kind = "";
        String side = "";
        EntryFate fate = EntryFate.STOPPED;
        long ranMillis;
        int visits;
    }

    JournalFold(String journal, List<JournalEvent> events) {
        this.journal = journal;
        this.start = (JournalEvent.Started) events.get(0);
        this.last = start.at();
        for (JournalEvent e : events.subList(1, events.size())) {
            fold(e);
        }
    }

    private void fold(JournalEvent e) {
        // The gap before a reopen or an abandon is time the app was closed, not session time.
        if (counting && !(e instanceof JournalEvent.Reopened) && !(e instanceof JournalEvent.Abandoned)) {
            millis += Math.max(0, Duration.between(last, e.at()).toMillis());
        }
        last = e.at();
        if (e instanceof JournalEvent.Paused || e instanceof JournalEvent.Reopened) {
            counting = false; // a resumed session opens paused, until Space
        } else if (e instanceof JournalEvent.Resumed) {
            counting = outcome == SessionOutcome.UNFINISHED;
        } else if (e instanceof JournalEvent.EntryStarted s) {
            started(s);
        } else if (e instanceof JournalEvent.EntryEnded x) {
            ended(x);
        } else if (e instanceof JournalEvent.Extended x) {
            extensionSeconds += Math.max(0, x.seconds());
        } else if (e instanceof JournalEvent.CheckInAnswered c) {
            checkIns.add(new CheckInRecord(c.at(), c.entryIndex(), c.answer(), c.number(),
                    Pressure.fromJson(c.before()), Pressure.fromJson(c.after())));
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
            boolean skipped = endings && entries.values().stream().anyMatch(x -> x.fate != EntryFate.DONE);
            outcome = skipped ? SessionOutcome.COMPLETED_WITH_SKIPS : SessionOutcome.COMPLETED;
            counting = false;
        } else if (e instanceof JournalEvent.Abandoned a) {
            if (outcome == SessionOutcome.UNFINISHED) {
                outcome = SessionOutcome.ABANDONED;
                reason = a.reason();
            }
            counting = false;
        }
    }

    private void started(JournalEvent.EntryStarted s) {
        lastEntry = s.entryIndex();
        Entry x = entries.computeIfAbsent(s.entryIndex(), i -> new Entry());
        x.title = s.title();
        x.kind = s.kind();
        x.side = s.side();
        x.visits++;
        x.fate = EntryFate.STOPPED; // until this visit ends
    }

    private void ended(JournalEvent.EntryEnded x) {
        endings = true;
        Entry entry = entries.computeIfAbsent(x.entryIndex(), i -> new Entry());
        entry.ranMillis += x.ranMillis();
        Optional<EntryEnding> how = ending(x.how());
        if (how.isEmpty()) {
            return;
        }
        switch (how.get()) {
            case COMPLETED, DONE, ANSWERED -> entry.fate = EntryFate.DONE;
            case SKIPPED, BACK -> entry.fate = EntryFate.SKIPPED;
            case RESTARTED -> restarts++;
            case STOPPED -> entry.fate = EntryFate.STOPPED;
        }
        if (how.get() == EntryEnding.BACK) {
            backs++;
        }
    }

    private static Optional<EntryEnding> ending(String how) {
        for (EntryEnding e : EntryEnding.values()) {
            if (e.jsonName().equals(how)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    SessionRecord record() {
        List<EntryRecord> reached = new ArrayList<>();
        int done = 0;
        int skipped = 0;
        int steps = 0;
        long handsOn = 0;
        for (var e : entries.entrySet()) {
            Entry x = e.getValue();
            if (!endings && outcome == SessionOutcome.COMPLETED) {
                x.fate = EntryFate.DONE;
            }
            // An entry in progress when the app closed, later closed as abandoned, stopped during it.
            reached.add(new EntryRecord(e.getKey(), x.title, x.kind, x.side, x.fate, Duration.ofMillis(x.ranMillis),
                    x.visits));
            if (kindOf(x.kind).handsOn()) {
                handsOn += x.ranMillis;
            }
            if (!"check-in".equals(x.kind)) {
                steps++;
                done += x.fate == EntryFate.DONE ? 1 : 0;
                skipped += x.fate == EntryFate.SKIPPED ? 1 : 0;
            }
        }
        int notReached = start.planSteps() < 0 ? 0 : Math.max(0, start.planSteps() - steps);
        SessionRecord.Steps counts = new SessionRecord.Steps(done, skipped, notReached, backs, restarts,
                extensionSeconds);
        return new SessionRecord(journal, start.sessionId(), start.at(), start.receiverName(), start.routineId(),
                start.routineTitle(), Duration.ofMillis(millis), outcome, reason, checkIns, start.soreSpots(),
                painStops, lastEntry, counts, Duration.ofMillis(handsOn), reached);
    }

    private static EntryKind kindOf(String json) {
        for (EntryKind k : EntryKind.values()) {
            if (k.jsonName().equals(json)) {
                return k;
            }
        }
        return EntryKind.INFO;
    }
}
