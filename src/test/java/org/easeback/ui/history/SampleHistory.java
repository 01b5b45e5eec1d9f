package org.easeback.ui.history;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.easeback.history.JournalEvent;
import org.easeback.history.SessionJournal;
import org.easeback.profile.SoreSpot;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.DataDirectory;

/** Session journals for the history screen's tests and screenshots: two receivers, a few weeks of sessions. */
public final class SampleHistory {

    public static final Instant T0 = Instant.parse("2025-05-01T18:00:00Z");

    private SampleHistory() {
    }

    /** Writes {@code sessions} journals into {@code data}: Sam's and Alex's, one every other day. */
    public static void write(DataDirectory data, int sessions) throws IOException {
        for (int i = 0; i < sessions; i++) {
            String who = i % 3 == 2 ? "Alex" : "Sam";
            Instant t = T0.plusSeconds(i * 2L * 86_400);
            List<SoreSpot> spots = List.of(new SoreSpot(0.35, 0.6, "tight"), new SoreSpot(0.68, 0.4, ""),
                    new SoreSpot(0.3, 0.3, "")).subList(0, 3 - Math.min(2, i / 4));
            JournalEvent.Started start = new JournalEvent.Started(t, "s" + i, "partner-full",
                    "Full lower-back massage", who, List.of(new JournalEvent.ScreeningAnswer("pregnancy", "no")),
                    spots);
            try (SessionJournal j = SessionJournal.start(data, start)) {
                j.append(new JournalEvent.EntryStarted(t.plusSeconds(5), 0, "Warm the oil", "oil"));
                j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(200), 2,
                        i % 2 == 0 ? CheckInAnswer.FIRMER : CheckInAnswer.SAME));
                j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(400), 4,
                        i % 4 == 1 ? CheckInAnswer.LIGHTER : CheckInAnswer.SAME));
                if (i % 5 == 3) {
                    j.append(new JournalEvent.PainStop(t.plusSeconds(450), 5, "it hurt"));
                    j.append(new JournalEvent.Stopped(t.plusSeconds(450), 5, "pain", "it hurt"));
                } else if (i % 7 == 6) {
                    j.append(new JournalEvent.Stopped(t.plusSeconds(300), 3, "giver", "Session stopped before the end."));
                } else {
                    j.append(new JournalEvent.Finished(t.plusSeconds(900)));
                }
            }
        }
    }
}
