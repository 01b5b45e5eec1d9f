package org.easeback.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.StopReason;
import org.easeback.history.CheckInRecord;
import org.easeback.history.EntryFate;
import org.easeback.history.EntryRecord;
import org.easeback.history.SessionRecord;
import org.easeback.history.SessionTimes;
import org.easeback.safety.PressureGuide;

/** Words a session's record for the summary screen: the same record the history and the CSV read. */
final class SummaryWording {

    private SummaryWording() {
    }

    static SessionSummary of(SessionRecord r, Plan plan, Optional<StopReason> stop, String stopMessage) {
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String during = "";
        for (EntryRecord e : r.entries()) {
            if (e.checkIn()) {
                continue;
            }
            String name = name(e.title(), e.side());
            if (e.fate() == EntryFate.DONE) {
                done.add(name + (e.ran().isZero() ? "" : ", " + SessionTimes.words(e.ran())));
            } else if (e.fate() == EntryFate.SKIPPED) {
                String planned = planned(plan, e.index());
                // An open step has no timer, so "after 0 s" would say nothing; a number keeps its unit on its line.
                skipped.add((planned.isEmpty() && e.ran().isZero() ? name + ", skipped"
                        : name + ", skipped after " + SessionTimes.words(e.ran()) + planned)
                        .replaceAll("(\\d) (s|min|h)\\b", "$1\u00a0$2"));
            }
        }
        if (stop.isPresent() && r.entryIndex() >= 0 && r.entryIndex() < plan.size()) {
            during = plan.entry(r.entryIndex()).title();
        }
        Set<Integer> reached = r.entries().stream().map(EntryRecord::index).collect(Collectors.toSet());
        List<String> notReached = plan.entries().stream()
                .filter(e -> !e.checkIn() && !reached.contains(e.index()))
                .map(e -> name(e.title(), e.side().map(s -> s.jsonName()).orElse("")))
                .toList();
        List<String> checkIns = r.checkIns().stream().map(SummaryWording::checkIn).toList();
        return new SessionSummary(heading(r, stop), r.outcome(), r.routineTitle(), r.receiverName(), done, skipped,
                notReached, checkIns, moves(r.steps()), stop, stopMessage, during, r.duration(), r.handsOn());
    }

    private static String heading(SessionRecord r, Optional<StopReason> stop) {
        if (stop.isPresent()) {
            return stop.get() == StopReason.PAIN ? "Session stopped for pain" : "Session stopped early";
        }
        return switch (r.outcome()) {
            case COMPLETED_WITH_SKIPS -> "Session complete, with skipped steps";
            default -> "Session complete";
        };
    }

    private static String name(String title, String side) {
        return side.isEmpty() ? title : title + " (" + side + ")";
    }

    private static String planned(Plan plan, int index) {
        if (index < 0 || index >= plan.size()) {
            return "";
        }
        PlanEntry e = plan.entry(index);
        return e.seconds().isPresent() ? " of " + PlayerFormat.duration(e.seconds().getAsInt()) : "";
    }

    /** "Check-in 3: Firmer, gentle (≈ 4 of 10) → moderate (≈ 5–6 of 10)". */
    private static String checkIn(CheckInRecord c) {
        String head = (c.number() > 0 ? "Check-in " + c.number() : "Check-in") + ": " + c.answer().label();
        if (!c.isPressureAnswer() || c.before().isEmpty()) {
            return head;
        }
        String before = PressureGuide.label(c.before().get());
        return head + ", " + before + c.after().map(a -> " → " + PressureGuide.label(a)).orElse(", noted");
    }

    private static String moves(SessionRecord.Steps s) {
        List<String> parts = new ArrayList<>();
        if (s.backs() > 0) {
            parts.add("went back " + times(s.backs()));
        }
        if (s.restarts() > 0) {
            parts.add("restarted a step " + times(s.restarts()));
        }
        if (s.extensionSeconds() > 0) {
            parts.add("added " + PlayerFormat.duration(s.extensionSeconds()) + " with +15 s");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String line = String.join(", ", parts) + ".";
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
