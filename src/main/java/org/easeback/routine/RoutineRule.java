package org.easeback.routine;

import java.nio.file.Path;
import java.util.List;

/**
 * An extra check on a routine that passed the format's own rules, plugged into {@link RoutineLoader}
 * (for example the safety module's check that essential oils are never applied undiluted).
 * Step positions ({@link Step#position()}) say where to point; return errors to reject the routine,
 * warnings to keep it.
 */
@FunctionalInterface
public interface RoutineRule {

    /** The problems this rule finds in {@code routine}, read from {@code file}; empty if none. */
    List<Diagnostic> check(Routine routine, Path file);
}
