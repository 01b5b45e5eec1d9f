package org.easeback.ui.library;

import java.nio.file.Path;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.ui.library.LibraryContents.BrokenRoutine;

/** The library from the loader: bundled routines plus the user's folder, checked with the safety rules. */
public final class RoutineLibrarySource implements LibrarySource {

    private final Path userFolder;

    /** @param userFolder usually {@code DataDirectory.resolve().routines()}; it need not exist */
    public RoutineLibrarySource(Path userFolder) {
        this.userFolder = userFolder;
    }

    @Override
    public LibraryContents load() {
        RoutineLibrary library = RoutineLibrary.load(userFolder, SafetyRoutineRules.all());
        return new LibraryContents(library.routines(),
                library.broken().stream().map(b -> new BrokenRoutine(b.file(), b.diagnostics())).toList(),
                library.catalog().techniques());
    }
}
