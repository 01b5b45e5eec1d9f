package org.easeback.history;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;

/** Builds session journals for tests. */
final class Journals {

    private Journals() {
    }

    static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static JournalEvent.Started start(String id, String receiver, Instant at) {
        return new JournalEvent.Started(at, id, "basic-lower-back", "Basic lower-back massage", receiver,
                List.of(new JournalEvent.ScreeningAnswer("recent-injury", "no")),
                List.of(new SoreSpot(0.36, 0.55, "tight"), new SoreSpot(0.7, 0.3, "")));
    }

    /** A whole session: start, two entries, two check-ins, finish. */
    static void completed(DataDirectory data, String id, String receiver, Instant t) throws IOException {
        try (SessionJournal j = SessionJournal.start(data, start(id, receiver, t))) {
            j.append(new JournalEvent.EntryStarted(t.plusSeconds(1), 0, "Warm the oil", "oil"));
            j.append(new JournalEvent.EntryStarted(t.plusSeconds(60), 1, "Thumb glide", "technique"));
            j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(200), 2, CheckInAnswer.FIRMER));
            j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(400), 4, CheckInAnswer.SAME));
            j.append(new JournalEvent.Finished(t.plusSeconds(600)));
        }
    }
}
