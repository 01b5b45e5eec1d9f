package org.easeback.ui.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary.Origin;
import org.easeback.routine.Technique;

/**
 * What the library shows: routines that loaded, files that did not (with why), and the techniques that only a
 * trained professional should give (shown as information).
 *
 * @param files where each routine came from, by routine id; a routine built in code (tests, the tour) has none
 */
public record LibraryContents(List<Routine> routines, List<BrokenRoutine> broken, List<Technique> techniques,
                              Map<String, RoutineFile> files) {

    public LibraryContents {
        routines = List.copyOf(routines);
        broken = List.copyOf(broken);
        techniques = List.copyOf(techniques);
        files = Map.copyOf(files);
    }

    /** Contents whose routines have no file: built in code, shown as bundled. */
    public LibraryContents(List<Routine> routines, List<BrokenRoutine> broken, List<Technique> techniques) {
        this(routines, broken, techniques, Map.of());
    }

    /** The file {@code routine} was loaded from and whether it is bundled or the user's; empty if built in code. */
    public Optional<RoutineFile> fileOf(Routine routine) {
        return Optional.ofNullable(files.get(routine.id()));
    }

    /** Where a routine that loaded lives. */
    public record RoutineFile(Path file, Origin origin) {
    }

    /** What kind of file a broken entry is: the user's own technique catalogs load beside the routines. */
    public enum BrokenKind {
        ROUTINE,
        CATALOG
    }

    /** A file that could not be loaded, with every problem found in it. */
    public record BrokenRoutine(Path file, Origin origin, BrokenKind kind, List<Diagnostic> diagnostics) {
        public BrokenRoutine {
            diagnostics = List.copyOf(diagnostics);
        }

        /** True for the user's own files, which the library lists first with a way to fix them. */
        public boolean isUsers() {
            return origin == Origin.USER;
        }
    }
}
