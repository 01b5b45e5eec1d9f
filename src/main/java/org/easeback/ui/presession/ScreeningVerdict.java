package org.easeback.ui.presession;

import java.util.List;
import java.util.Set;

/**
 * The outcome of the screening questions, as the UI shows it and the session record keeps it.
 *
 * @param outcome  go, go with cautions, or do not start
 * @param reasons  why the outcome is what it is, one sentence each (empty for Go)
 * @param cautions what the player shows during a session that goes ahead with cautions
 * @param advice   what to do next, e.g. "See a physician before any massage." (empty for Go)
 * @param yes      ids of the questions answered "yes"
 */
public record ScreeningVerdict(Outcome outcome, List<String> reasons, List<String> cautions, String advice,
                               Set<String> yes) {

    /** The three outcomes of screening. */
    public enum Outcome {
        GO, GO_WITH_CAUTIONS, DO_NOT_START
    }

    public ScreeningVerdict {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
        advice = advice == null ? "" : advice;
        yes = Set.copyOf(yes);
    }

    /** Every answer "no": go ahead. */
    public static ScreeningVerdict allClear() {
        return new ScreeningVerdict(Outcome.GO, List.of(), List.of(), "", Set.of());
    }

    /** The same verdict with these answers recorded. */
    public ScreeningVerdict withYes(Set<String> answers) {
        return new ScreeningVerdict(outcome, reasons, cautions, advice, answers);
    }
}
