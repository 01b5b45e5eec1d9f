package org.easeback.engine;

import java.util.List;
import java.util.Optional;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.PressureShift;

/**
 * How check-in answers move the pressure. The answer is about the pressure just felt (the last hands-on entry, as
 * the badge showed it); its result is the pressure of the next hands-on entry, so "same" keeps exactly what was
 * felt. Later entries keep the routine's steps relative to it. The shift is held as levels above or below the plan,
 * within ±{@link #MAX_SHIFT}, and never lifts an entry above its maximum or the home limit. Guarded by the session.
 */
final class PressureAdjuster {

    /** The most levels the answers may move the plan's pressure either way. */
    static final int MAX_SHIFT = 3;

    private final Plan plan;
    private int shift;

    PressureAdjuster(Plan plan) {
        this.plan = plan;
    }

    int shift() {
        return shift;
    }

    /** Sets the shift, as restored from a snapshot. */
    void restore(int levels) {
        shift = clamp(levels);
    }

    /** The pressure to use for {@code entry} now. */
    Optional<Pressure> pressureFor(PlanEntry entry) {
        return entry.pressure().map(p -> p.shifted(shift, ceiling(entry, p)));
    }

    /**
     * The pressure at entry {@code index}: its own for a hands-on entry; otherwise that of the last hands-on entry
     * before it (what a check-in asks about), else of the next one; empty with no hands-on entry at all.
     */
    Optional<Pressure> current(int index) {
        Optional<PlanEntry> reference = handsOnAtOrBefore(index).or(() -> handsOnAfter(index));
        return reference.flatMap(this::pressureFor);
    }

    /** What LIGHTER, SAME and FIRMER would give at the check-in {@code index}; empty when no hands-on step follows. */
    List<PressureShift> choices(int index) {
        Optional<PlanEntry> next = handsOnAfter(index);
        Optional<Pressure> now = current(index);
        if (next.isEmpty() || now.isEmpty()) {
            return List.of();
        }
        Pressure cap = ceiling(next.get(), next.get().pressure().get());
        return List.of(CheckInAnswer.LIGHTER, CheckInAnswer.SAME, CheckInAnswer.FIRMER).stream()
                .map(a -> PressureGuide.shift(now.get(), a, cap))
                .toList();
    }

    /**
     * Applies {@code answer} at the check-in {@code index}.
     *
     * @return the pressure before and after; {@code after} is empty when no hands-on step follows
     */
    Change answer(int index, CheckInAnswer answer) {
        Optional<Pressure> before = current(index);
        Optional<PlanEntry> next = handsOnAfter(index);
        if (answer == CheckInAnswer.IT_HURTS) {
            return new Change(before, before, false);
        }
        if (next.isEmpty() || before.isEmpty()) {
            int old = shift;
            shift = clamp(shift + answer.pressureShift());
            return new Change(before, Optional.empty(), shift != old);
        }
        PlanEntry n = next.get();
        Pressure base = n.pressure().get();
        Pressure after = PressureGuide.shift(before.get(), answer, ceiling(n, base)).to();
        shift = clamp(after.ordinal() - base.ordinal());
        Optional<Pressure> result = pressureFor(n);
        return new Change(before, result, !result.equals(before));
    }

    /** What an answer did: the pressure before and after, and whether it moved. */
    record Change(Optional<Pressure> before, Optional<Pressure> after, boolean moved) {
    }

    /** The most an entry's pressure may be shifted to: its maximum, within the home limit. */
    private static Pressure ceiling(PlanEntry entry, Pressure base) {
        return PressureGuide.limit(entry.maxPressure().orElse(base), PressureGuide.HOME_LIMIT);
    }

    private static int clamp(int levels) {
        return Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, levels));
    }

    private Optional<PlanEntry> handsOnAtOrBefore(int index) {
        for (int i = Math.min(index, plan.size() - 1); i >= 0; i--) {
            if (isPressured(plan.entry(i))) {
                return Optional.of(plan.entry(i));
            }
        }
        return Optional.empty();
    }

    private Optional<PlanEntry> handsOnAfter(int index) {
        for (int i = Math.max(index + 1, 0); i < plan.size(); i++) {
            if (isPressured(plan.entry(i))) {
                return Optional.of(plan.entry(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isPressured(PlanEntry e) {
        return e.kind().handsOn() && e.pressure().isPresent();
    }
}
