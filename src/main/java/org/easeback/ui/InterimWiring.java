package org.easeback.ui;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.routine.Side;
import org.easeback.routine.Step;
import org.easeback.ui.library.LibraryContents;
import org.easeback.ui.library.LibrarySource;
import org.easeback.ui.library.RoutineDurations;

/**
 * Stand-ins for the loader's library and the engine's plan compiler, used only until branches {@code loader}
 * and {@code engine} are merged. Delete this class then and wire the real ones in {@link EasebackApp}.
 */
final class InterimWiring {

    private InterimWiring() {
    }

    /** No routines yet: the library opens empty. */
    static LibrarySource emptyLibrary() {
        return () -> new LibraryContents(List.of(), List.of(), List.of());
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
