package org.easeback.history;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Every session record, newest first, with the problems met reading the journals and the per-receiver series. */
public record History(List<SessionRecord> sessions, List<String> problems) {

    public History {
        sessions = sessions.stream().sorted(Comparator.comparing(SessionRecord::startedAt).reversed()
                .thenComparing(SessionRecord::journal)).toList();
        problems = List.copyOf(problems);
    }

    /** Every receiver who has a session, sorted by name. */
    public List<String> receivers() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sessions.forEach(s -> names.add(s.receiverName()));
        return List.copyOf(names);
    }

    /** Sessions with no end: to resume or close as abandoned. */
    public List<SessionRecord> unfinished() {
        return sessions.stream().filter(s -> s.outcome() == SessionOutcome.UNFINISHED).toList();
    }

    /** The chart series of one receiver (name compared ignoring case), oldest session first. */
    public ReceiverSeries seriesFor(String receiverName) {
        String key = receiverName.toLowerCase(Locale.ROOT);
        List<SessionRecord> theirs = sessions.stream()
                .filter(s -> s.receiverName().toLowerCase(Locale.ROOT).equals(key))
                .sorted(Comparator.comparing(SessionRecord::startedAt)).toList();
        return ReceiverSeries.of(receiverName, theirs);
    }
}
