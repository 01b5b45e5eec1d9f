package org.easeback.engine;

import java.util.List;
import java.util.Optional;
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
        return new PlanEntry(0, 0, OptionalInt.of(seconds), EntryKind.TECHNIQUE, title, List.of("Do it."),
                Optional.of("thumb-glide"), Optional.of(side), Optional.of(Pressure.GENTLE),
                Optional.of(Pressure.MODERATE), spm > 0 ? OptionalInt.of(spm) : OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, secondSide);
    }

    /** A technique entry at {@code pressure}, never above {@code max}. */
    static PlanEntry pressed(String title, int seconds, Pressure pressure, Pressure max) {
        return new PlanEntry(0, 0, OptionalInt.of(seconds), EntryKind.TECHNIQUE, title, List.of("Do it."),
                Optional.of("thumb-glide"), Optional.of(Side.BOTH), Optional.of(pressure), Optional.of(max),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    static PlanEntry info(String title, int seconds) {
        return new PlanEntry(0, 0, OptionalInt.of(seconds), EntryKind.INFO, title, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false);
    }

    static PlanEntry open(String title) {
        return new PlanEntry(0, 0, OptionalInt.empty(), EntryKind.SETUP, title, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false);
    }

    static PlanEntry checkIn() {
        return PlanEntry.checkIn("More, less, or the same pressure?", List.of(), false);
    }

    static Plan plan(PlanEntry... entries) {
        return Plan.of("test-plan", "Test plan", List.of(entries), 180, List.of());
    }
}
