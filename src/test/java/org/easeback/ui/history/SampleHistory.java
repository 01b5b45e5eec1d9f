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
                // Oil, two techniques with a check-in after each, then a third: hands on the back from the first.
                entry(j, t, 5, 65, 0, "Choose and warm the oil", "oil");
                entry(j, t, 65, 185, 1, "Knuckle glide, one side at a time", "technique");
                j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(200), 2,
                        i % 2 == 0 ? CheckInAnswer.FIRMER : CheckInAnswer.SAME));
                if (i % 7 == 6) {
                    j.append(new JournalEvent.EntryStarted(t.plusSeconds(205), 3, "Thumb glide, one side at a time",
                            "technique"));
                    j.append(new JournalEvent.EntryEnded(t.plusSeconds(300), 3, "stopped", 95_000));
                    j.append(new JournalEvent.Stopped(t.plusSeconds(300), 3, "giver", "Session stopped before the end."));
                    continue;
                }
                entry(j, t, 205, 385, 3, "Thumb glide, one side at a time", "technique");
                j.append(new JournalEvent.CheckInAnswered(t.plusSeconds(400), 4,
                        i % 4 == 1 ? CheckInAnswer.LIGHTER : CheckInAnswer.SAME));
                j.append(new JournalEvent.EntryStarted(t.plusSeconds(405), 5, "Knuckle glide, both sides", "technique"));
                if (i % 5 == 3) {
                    j.append(new JournalEvent.PainStop(t.plusSeconds(450), 5, "it hurt"));
                    j.append(new JournalEvent.EntryEnded(t.plusSeconds(450), 5, "stopped", 45_000));
                    j.append(new JournalEvent.Stopped(t.plusSeconds(450), 5, "pain", "it hurt"));
                } else {
                    j.append(new JournalEvent.EntryEnded(t.plusSeconds(885), 5, "completed", 480_000));
                    j.append(new JournalEvent.Finished(t.plusSeconds(900)));
                }
            }
        }
    }

    /** An entry that ran from {@code from} to {@code to} seconds after {@code t} and was completed. */
    private static void entry(SessionJournal j, Instant t, int from, int to, int index, String title, String kind)
            throws IOException {
        j.append(new JournalEvent.EntryStarted(t.plusSeconds(from), index, title, kind));
        j.append(new JournalEvent.EntryEnded(t.plusSeconds(to), index, "completed", (to - from) * 1000L));
    }
}
