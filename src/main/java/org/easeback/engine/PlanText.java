package org.easeback.engine;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Writes a plan as {@code plan} prints it: a numbered list with start offsets (mm:ss), and the total. */
public final class PlanText {

    private PlanText() {
    }

    public static String write(Plan plan) {
        return write(plan, UnaryOperator.identity());
    }

    /** As {@link #write(Plan)}, passing each text from the routine through {@code shown} (the CLI escapes it). */
    public static String write(Plan plan, UnaryOperator<String> shown) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(shown.apply(plan.title())).append(" (").append(shown.apply(plan.routineId())).append(')').append(nl);
        int width = String.valueOf(plan.size()).length();
        for (PlanEntry e : plan.entries()) {
            out.append(String.format(Locale.ROOT, "%" + width + "d. %s  %-9s  %s", e.index() + 1,
                    clock(e.at()), e.kind().jsonName(), shown.apply(e.title())));
            StringBuilder details = new StringBuilder();
            e.side().ifPresent(s -> details.append(", ").append(s.jsonName()));
            e.pressure().ifPresent(p -> details.append(", ").append(p.jsonName()).append(" pressure (")
                    .append(p.scale()).append(')'));
            e.strokesPerMinute().ifPresent(spm -> details.append(", ").append(spm).append(" strokes/min"));
            e.location().ifPresent(l -> details.append(", ").append(shown.apply(l)));
            if (e.seconds().isPresent()) {
                details.append(", ").append(clock(e.seconds().getAsInt()));
            } else if (e.open()) {
                details.append(", waits for Done");
            } else {
                details.append(", waits for an answer");
            }
            out.append(" —").append(details.substring(1));
            if (e.inserted()) {
                out.append("  [check-in added for safety]");
            }
            out.append(nl);
        }
        out.append("Total: ").append(clock(plan.totalSeconds()))
                .append(" (open steps and check-ins not counted)").append(nl);
        for (String note : plan.notes()) {
            out.append("Note: ").append(shown.apply(note)).append(nl);
        }
        return out.toString();
    }

    /** Seconds as mm:ss (minutes may pass 59). */
    public static String clock(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
