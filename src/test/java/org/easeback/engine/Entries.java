package org.easeback.engine;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

/** Small plan entries for engine tests. */
final class Entries {

    private Entries() {
    }

    static PlanEntry technique(String title, int seconds, int spm) {
        return technique(title, seconds, spm, Side.BOTH, false);
    }

    static PlanEntry technique(String title, int seconds, int spm, Side side, boolean secondSide) {
        return PlanEntry.technique(title, "thumb-glide", side, seconds).instructions(List.of("Do it."))
                .pressure(Pressure.GENTLE, Pressure.MODERATE)
                .strokesPerMinute(spm > 0 ? OptionalInt.of(spm) : OptionalInt.empty()).secondSide(secondSide).build();
    }

    /** A technique entry at {@code pressure}, never above {@code max}. */
    static PlanEntry pressed(String title, int seconds, Pressure pressure, Pressure max) {
        return PlanEntry.technique(title, "thumb-glide", Side.BOTH, seconds).instructions(List.of("Do it."))
                .pressure(pressure, max).build();
    }

    static PlanEntry info(String title, int seconds) {
        return PlanEntry.info(title, List.of(), OptionalInt.of(seconds));
    }

    static PlanEntry open(String title) {
        return PlanEntry.setup(title, List.of(), OptionalInt.empty());
    }

    static PlanEntry checkIn() {
        return PlanEntry.checkIn("More, less, or the same pressure?", List.of(), false);
    }

    static Plan plan(PlanEntry... entries) {
        return Plan.of("test-plan", "Test plan", List.of(entries), 180, List.of());
    }
}
