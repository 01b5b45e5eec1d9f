package org.easeback.ui.kit;

import org.easeback.engine.PlanResult;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.safety.ScreeningResult;

/**
 * Compiles the plan a session runs: the routine for this receiver (sore spots, pressure preference, oils) with the
 * home settings and the screening's pressure cap and oil dilution. Called in the background. The app wires it to the engine's PlanCompiler over the library's catalog.
 */
@FunctionalInterface
public interface SessionPlanner {

    PlanResult plan(Routine routine, Receiver receiver, ScreeningResult screening);
}
