package org.easeback.studio;

import java.util.List;
import java.util.Optional;

/**
 * What checking a draft found: every diagnostic, and the live plan when the draft is valid, or the compiler's
 * refusal in words when it is valid but cannot be planned.
 */
public record DraftReport(long request, List<DraftDiagnostic> diagnostics, Optional<PlanPreview> plan,
                          Optional<String> planRefusal) {

    public DraftReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
        return diagnostics.stream().noneMatch(DraftDiagnostic::error);
    }

    /** The diagnostics about one step or the routine ({@link StepPath#ROUTINE}), for the marks in the tree. */
    public List<DraftDiagnostic> at(StepPath step) {
        return diagnostics.stream().filter(d -> d.location().step().equals(step)).toList();
    }
}
