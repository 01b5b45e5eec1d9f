package org.easeback.studio.share;

import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagnostic;

/** The answer to "may this shared file be imported?", before anything is written. */
public sealed interface ImportCheck {

    /** The file is refused; nothing was written. */
    record Refused(List<Diagnostic> diagnostics) implements ImportCheck {
        public Refused {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The file may be imported. {@code keepBoth} renames whatever clashes; {@code replace}, present when the routine's
     * id is one of the user's own routines, writes over it instead, and is only for when the user agreed.
     */
    record Ready(ImportPlan keepBoth, Optional<ImportPlan> replace) implements ImportCheck {
        /** True if something clashed, so the screen should ask before importing. */
        public boolean hasClashes() {
            return !keepBoth.clashes().isEmpty();
        }
    }
}
