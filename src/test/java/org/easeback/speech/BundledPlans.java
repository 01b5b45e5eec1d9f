package org.easeback.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;

/** Plans compiled from the bundled routines and the test fixtures, with no receiver. */
public final class BundledPlans {

    private BundledPlans() {
    }

    public static Plan compile(Path routineFile) {
        TechniqueCatalog catalog = TechniqueCatalogLoader.bundled();
        Routine routine = new RoutineLoader(catalog).load(routineFile).value().orElseThrow();
        PlanResult result = new PlanCompiler(catalog::find).compile(routine, Optional.empty(), PlanSettings.HOME);
        return ((PlanResult.Compiled) result).plan();
    }

    public static Plan partnerShort() {
        return compile(Path.of("routines/partner-short.json"));
    }

    static List<String> titles(Plan plan) {
        return plan.entries().stream().map(e -> e.title()).toList();
    }
}
