package org.easeback.ui.presession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.easeback.routine.Routine;
import org.easeback.routine.Step;

/** Builds the "gather these first" list from a routine: its equipment, and the oil if it has an oil step. */
public final class EquipmentChecklist {

    /**
     * The oil to gather when the routine's equipment does not name one. It suggests carriers with no common allergen
     * (nut oils such as sweet almond are a common allergy), and the receiver's own carrier replaces it anyway.
     */
    static final String OIL_ITEM = "Massage oil: a carrier oil with no common allergen, such as sunflower or "
            + "grapeseed (essential oils only diluted in it)";

    private EquipmentChecklist() {
    }

    /** The items to tick, in the routine's order, the oil last unless the equipment already names it. */
    public static List<String> items(Routine routine) {
        List<String> items = new ArrayList<>();
        for (String thing : routine.equipment()) {
            items.add(capitalised(thing));
        }
        boolean namesOil = routine.equipment().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("oil"));
        if (!namesOil && hasOilStep(routine.steps())) {
            items.add(OIL_ITEM);
        }
        return items;
    }

    /** The titles of the setup steps the session opens with, so the giver knows what comes first. */
    public static List<String> setupSteps(Routine routine) {
        List<String> titles = new ArrayList<>();
        collectSetup(routine.steps(), titles);
        return titles;
    }

    private static void collectSetup(List<Step> steps, List<String> titles) {
        for (Step step : steps) {
            if (step instanceof Step.Setup setup) {
                titles.add(setup.title());
            } else if (step instanceof Step.Repeat repeat) {
                collectSetup(repeat.steps(), titles);
            }
        }
    }

    private static boolean hasOilStep(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Oil || step instanceof Step.Repeat r && hasOilStep(r.steps())) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
