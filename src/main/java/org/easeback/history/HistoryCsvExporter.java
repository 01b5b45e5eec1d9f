package org.easeback.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.easeback.safety.CheckInAnswer;
import org.easeback.storage.AtomicFileWriter;

/** Writes the history as CSV (RFC 4180), one row per session, for spreadsheets and backups. */
public final class HistoryCsvExporter {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("date", "receiver", "routine", "routine_title",
            "duration_seconds", "outcome", "reason", "check_ins", "lighter", "same", "firmer", "it_hurts",
            "sore_spots", "pain_stops", "steps_done", "steps_skipped", "hands_on_seconds");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public HistoryCsvExporter(ZoneId zone) {
        this.zone = zone;
    }

    /** The CSV text of {@code sessions}, in the order given. */
    public String csv(List<SessionRecord> sessions) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (SessionRecord s : sessions) {
            row(out, List.of(
                    DATE.format(s.startedAt().atZone(zone)),
                    s.receiverName(),
                    s.routineId(),
                    s.routineTitle(),
                    Long.toString(SessionTimes.seconds(s.duration())),
                    s.outcome().label(),
                    s.reason(),
                    s.checkIns().stream().map(c -> c.answer().label()).collect(Collectors.joining("; ")),
                    count(s, CheckInAnswer.LIGHTER),
                    count(s, CheckInAnswer.SAME),
                    count(s, CheckInAnswer.FIRMER),
                    count(s, CheckInAnswer.IT_HURTS),
                    Integer.toString(s.soreSpots().size()),
                    Integer.toString(s.painStops()),
                    Integer.toString(s.steps().done()),
                    Integer.toString(s.steps().skipped()),
                    Long.toString(SessionTimes.seconds(s.handsOn()))));
        }
        return out.toString();
    }

    /** Writes {@code sessions} to {@code file} atomically. */
    public void export(List<SessionRecord> sessions, Path file) throws IOException {
        new AtomicFileWriter().writeWithoutBackup(file, csv(sessions).getBytes(StandardCharsets.UTF_8));
    }

    private static String count(SessionRecord s, CheckInAnswer answer) {
        return Long.toString(s.checkIns().stream().filter(c -> c.answer() == answer).count());
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes where CSV needs it, and defuses text a spreadsheet would run as a formula (names come from anyone). */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
