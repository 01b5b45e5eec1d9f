package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Level;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineContext;
import org.easeback.routine.RoutineRule;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueReference;

/**
 * Refuses a home routine that names a professional-only technique of the catalog, pointing at the step's
 * {@code technique} value. It judges references, so it reports beside the format's own errors. The plan compiler
 * refuses such a technique in a home session too ({@link ProfessionalGuard}), so a routine loaded without this rule
 * is still never guided.
 */
public final class ProfessionalOnlyRule implements RoutineRule {

    @Override
    public List<Diagnostic> check(Routine routine, RoutineContext context) {
        return List.of();
    }

    @Override
    public List<Diagnostic> checkReferences(RoutineContext context) {
        if (context.level() != Level.HOME) {
            return List.of();
        }
        List<Diagnostic> found = new ArrayList<>();
        for (TechniqueReference ref : context.techniques()) {
            Optional<Technique> technique = context.catalog().find(ref.id());
            if (technique.isPresent() && technique.get().professionalOnly()) {
                found.add(Diagnostic.error(context.file(), Math.max(1, ref.position().line()),
                        Math.max(1, ref.position().column()), message(technique.get())));
            }
        }
        return found;
    }

    /** The refusal as a trainer reads it, the technique's own reason included. */
    static String message(Technique t) {
        return "technique '" + t.id() + "' is professional-only and is never guided in a home routine: "
                + t.levelReason();
    }
}
