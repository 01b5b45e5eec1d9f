package org.easeback.routine;

import java.util.List;

/**
 * An extra check on a routine, plugged into {@link RoutineLoader} (for example the safety module's checks that
 * essential oils are never applied undiluted and that a home routine guides no professional-only technique).
 * Step positions ({@link Step#position()}) and the context's technique references say where to point; return
 * errors to reject the routine, warnings to keep it.
 */
@FunctionalInterface
public interface RoutineRule {

    /** The problems this rule finds in {@code routine}, which passed the format's own checks; empty if none. */
    List<Diagnostic> check(Routine routine, RoutineContext context);

    /**
     * The problems this rule finds from the context alone (the level and the technique references). It runs on
     * every file whose steps could be read, format errors or not, so that a trainer sees these beside the
     * format's own errors instead of after fixing them. Empty by default.
     */
    default List<Diagnostic> checkReferences(RoutineContext context) {
        return List.of();
    }
}
