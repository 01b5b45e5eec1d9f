package org.easeback.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.EntryKind;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.PressureShift;

/** The player's words for an entry, its successor and a check-in's answers; no state, no nodes. */
final class PlayerWording {

    private PlayerWording() {
    }

    /** "Technique · 3 of 14". */
    static String position(PlanEntry entry, Plan plan) {
        return kindName(entry.kind()) + " · " + (entry.index() + 1) + " of " + plan.size();
    }

    /** "Next: Thumb glide, right, 45 s", "Next: check-in, ask about the pressure" or "Next: the summary". */
    static String next(Plan plan, int index) {
        if (index + 1 >= plan.size()) {
            return "Next: the summary";
        }
        PlanEntry n = plan.entry(index + 1);
        if (n.checkIn()) {
            return "Next: check-in, ask about the pressure";
        }
        StringBuilder b = new StringBuilder("Next: ").append(n.title());
        n.side().ifPresent(s -> b.append(", ").append(s.jsonName()));
        if (n.seconds().isPresent()) {
            b.append(", ").append(PlayerFormat.duration(n.seconds().getAsInt()));
        }
        return b.toString();
    }

    /** "Get ready", "Oil", "Technique", "Sore spot", "Check-in", "About". */
    static String kindName(EntryKind k) {
        return switch (k) {
            case SETUP -> "Get ready";
            case OIL -> "Oil";
            case TECHNIQUE -> "Technique";
            case SORE_SPOT -> "Sore spot";
            case CHECK_IN -> "Check-in";
            case INFO -> "About";
        };
    }

    /**
     * The four answer buttons: LIGHTER, SAME and FIRMER worded from the engine's {@code choices} (what each does
     * to the pressure the badge shows), or "noted" when no hands-on step follows; then "It hurts".
     */
    static List<CheckInOption> checkInOptions(List<PressureShift> choices) {
        List<CheckInOption> out = new ArrayList<>();
        if (choices.isEmpty()) {
            out.add(new CheckInOption(CheckInAnswer.LIGHTER, "noted, lighter next time", ""));
            out.add(new CheckInOption(CheckInAnswer.SAME, "noted, all is well", ""));
            out.add(new CheckInOption(CheckInAnswer.FIRMER, "noted, firmer next time", ""));
        } else {
            for (PressureShift shift : choices) {
                out.add(new CheckInOption(shift.answer(), effect(shift), shift.message()));
            }
        }
        out.add(new CheckInOption(CheckInAnswer.IT_HURTS, "stops the session at once",
                PressureGuide.shift(Pressure.DEFAULT, CheckInAnswer.IT_HURTS, PressureGuide.HOME_LIMIT).message()));
        return out;
    }

    private static String effect(PressureShift shift) {
        if (shift.to() != shift.from()) {
            return PressureGuide.label(shift.to());
        }
        return "stays " + PressureGuide.label(shift.to()) + switch (shift.answer()) {
            case LIGHTER -> ", the lightest";
            case FIRMER -> ", the most allowed";
            default -> "";
        };
    }
}
