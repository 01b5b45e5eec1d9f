package org.easeback.safety;

import java.util.List;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.RoutineRule;
import org.easeback.routine.SourcePosition;

/** The safety module's checks on routine files, to plug into the loader, {@code validate} and the library. */
public final class SafetyRoutineRules {

    /** Rejects routine text that tells the giver to put an essential oil directly on the skin. */
    public static final RoutineRule DIRECT_APPLICATION = (routine, context) ->
            DirectApplicationRule.check(routine).stream()
                    .map(f -> Diagnostic.error(context.file(), line(f.position()), column(f.position()), f.message()))
                    .toList();

    /** Rejects a home routine that guides deep tissue, Swedish or sports massage under another name. */
    public static final RoutineRule DISGUISED_PROFESSIONAL = (routine, context) ->
            DisguisedProfessionalRule.check(routine).stream()
                    .map(f -> Diagnostic.error(context.file(), line(f.position()), column(f.position()), f.message()))
                    .toList();

    /** Rejects a home routine that names a professional-only technique of the catalog. */
    public static final RoutineRule PROFESSIONAL_ONLY = new ProfessionalOnlyRule();

    private SafetyRoutineRules() {
    }

    /** Every safety rule on routines, for {@code new RoutineLoader(catalog, SafetyRoutineRules.all())}. */
    public static List<RoutineRule> all() {
        return List.of(PROFESSIONAL_ONLY, DIRECT_APPLICATION, DISGUISED_PROFESSIONAL);
    }

    private static int line(SourcePosition p) {
        return Math.max(1, p.line());
    }

    private static int column(SourcePosition p) {
        return Math.max(1, p.column());
    }
}
