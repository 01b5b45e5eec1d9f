package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import org.easeback.routine.Pressure;

/** Decides from the screening answers whether a session may start, and with which cautions. */
public final class Screening {

    private Screening() {
    }

    /**
     * The screen's outcome: any red-flag or stop answer means do not start; otherwise any caution means go with
     * cautions (the strictest pressure cap and dilution of all "yes" answers apply); otherwise go.
     */
    public static ScreeningResult assess(ScreeningAnswers answers) {
        List<ScreeningQuestion> stops = new ArrayList<>();
        List<ScreeningQuestion> cautions = new ArrayList<>();
        Pressure cap = PressureGuide.HOME_LIMIT;
        Dilution dilution = Dilution.TWO_PERCENT;
        for (ScreeningQuestion q : answers.yesAnswers()) {
            if (q.kind().preventsStart()) {
                stops.add(q);
            } else {
                cautions.add(q);
            }
            if (q.pressureCap().compareTo(cap) < 0) {
                cap = q.pressureCap();
            }
            if (q.needsLowDilution()) {
                dilution = Dilution.ONE_PERCENT;
            }
        }
        ScreeningResult.Outcome outcome = !stops.isEmpty() ? ScreeningResult.Outcome.DO_NOT_START
                : !cautions.isEmpty() ? ScreeningResult.Outcome.GO_WITH_CAUTIONS
                : ScreeningResult.Outcome.GO;
        return new ScreeningResult(answers, outcome, stops, cautions, cap, dilution);
    }
}
