package org.easeback.ui;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.routine.Side;
import org.easeback.routine.Step;
import org.easeback.ui.library.RoutineDurations;

/**
 * Stands in for the engine's plan compiler, used only until branch {@code engine} is merged.
 * Delete this class then and wire PlanCompiler in {@link EasebackApp}.
 */
final class InterimWiring {

    private InterimWiring() {
    }

    /** Timed steps added up, repeats multiplied, "each" twice; open steps and check-ins count 0. */
    static RoutineDurations stepSeconds() {
        return routine -> seconds(routine.steps());
    }

    private static int seconds(List<Step> steps) {
        int total = 0;
        for (Step step : steps) {
            if (step instanceof Step.Setup s) {
                total += orZero(s.seconds());
            } else if (step instanceof Step.Oil o) {
                total += orZero(o.seconds());
            } else if (step instanceof Step.Info i) {
                total += orZero(i.seconds());
            } else if (step instanceof Step.Technique t) {
                total += t.side() == Side.EACH ? 2 * t.seconds() : t.seconds();
            } else if (step instanceof Step.Repeat r) {
                total += r.times() * seconds(r.steps());
            }
        }
        return total;
    }

    private static int orZero(OptionalInt seconds) {
        return seconds.orElse(0);
    }
}
