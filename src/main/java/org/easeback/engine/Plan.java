package org.easeback.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compiled, immutable plan: the flat list of entries a session runs through.
 *
 * @param routineId           the routine it was compiled from (also the plan's id in snapshots)
 * @param title               the routine's title
 * @param entries             the entries, indexed from 0, with their start offsets
 * @param totalSeconds        the sum of all timed entries (open steps and check-ins count 0)
 * @param checkInEverySeconds the most hands-on time allowed between two check-ins
 * @param notes               sentences about what the compiler changed or skipped (refused sore spots, ...)
 */
public record Plan(String routineId, String title, List<PlanEntry> entries, int totalSeconds,
                   int checkInEverySeconds, List<String> notes) {

    public Plan {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).index() != i) {
                throw new IllegalArgumentException("Plan entry " + i + " carries index " + entries.get(i).index());
            }
        }
    }

    /** Builds a plan from entries in order, numbering them and computing offsets and the total. */
    public static Plan of(String routineId, String title, List<PlanEntry> entries, int checkInEverySeconds,
                          List<String> notes) {
        List<PlanEntry> numbered = new ArrayList<>(entries.size());
        int at = 0;
        for (int i = 0; i < entries.size(); i++) {
            PlanEntry e = entries.get(i);
            numbered.add(e.withIndexAt(i, at));
            at += e.seconds().orElse(0);
        }
        return new Plan(routineId, title, numbered, at, checkInEverySeconds, notes);
    }

    public int size() {
        return entries.size();
    }

    public PlanEntry entry(int index) {
        return entries.get(index);
    }

    /** The entry after {@code index}, if any. */
    public Optional<PlanEntry> next(int index) {
        return index + 1 < entries.size() ? Optional.of(entries.get(index + 1)) : Optional.empty();
    }

    public Duration total() {
        return Duration.ofSeconds(totalSeconds);
    }

    /** The check-in at {@code index} counted in plan order from 1 (the 3rd check-in of the plan is 3); 0 if none. */
    public int checkInNumber(int index) {
        if (index < 0 || index >= entries.size() || !entries.get(index).checkIn()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i <= index; i++) {
            if (entries.get(i).checkIn()) {
                n++;
            }
        }
        return n;
    }
}
