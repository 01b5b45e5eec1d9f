package org.easeback.ui.library;

import org.easeback.routine.Routine;

/**
 * The total running time of a routine, in seconds, as its compiled plan says (open steps and check-ins count 0).
 * Called in the background while the library loads. The app wires it to the engine's PlanCompiler.
 */
@FunctionalInterface
public interface RoutineDurations {

    int totalSeconds(Routine routine);
}
