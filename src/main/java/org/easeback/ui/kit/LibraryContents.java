package org.easeback.ui.kit;

import java.nio.file.Path;
import java.util.List;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Routine;
import org.easeback.routine.Technique;

/**
 * What the library shows: routines that loaded, files that did not (with why), and the techniques that only a
 * trained professional should give (shown as information).
 */
public record LibraryContents(List<Routine> routines, List<BrokenRoutine> broken, List<Technique> techniques) {

    public LibraryContents {
        routines = List.copyOf(routines);
        broken = List.copyOf(broken);
        techniques = List.copyOf(techniques);
    }

    /** A routine file that could not be loaded, with every problem found in it. */
    public record BrokenRoutine(Path file, List<Diagnostic> diagnostics) {
        public BrokenRoutine {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
