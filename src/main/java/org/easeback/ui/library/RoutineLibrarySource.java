package org.easeback.ui.library;

import java.nio.file.Path;
import java.util.Optional;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.safety.ScreeningResult;
import org.easeback.ui.kit.SessionPlanner;
import org.easeback.ui.kit.LibraryContents.BrokenRoutine;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.kit.LibrarySource;

/**
 * The library from the loader (bundled routines plus the user's folder, checked with the safety rules), and the
 * plans compiled over the catalog it loaded: a card's running time and the plan a session runs.
 */
public final class RoutineLibrarySource implements LibrarySource, RoutineDurations, SessionPlanner {

    private final Path userFolder;
    /** Set by each load, on a background thread; read by later background work. */
    private volatile TechniqueCatalog catalog = TechniqueCatalog.empty();

    /** @param userFolder usually {@code DataDirectory.resolve().routines()}; it need not exist */
    public RoutineLibrarySource(Path userFolder) {
        this.userFolder = userFolder;
    }

    @Override
    public LibraryContents load() {
        RoutineLibrary library = RoutineLibrary.load(userFolder, SafetyRoutineRules.all());
        catalog = library.catalog();
        return new LibraryContents(library.routines(),
                library.broken().stream().map(b -> new BrokenRoutine(b.file(), b.diagnostics())).toList(),
                library.catalog().techniques());
    }

    /** The plan's total for the routine with no receiver; 0 if it does not compile (the card says "untimed"). */
    @Override
    public int totalSeconds(Routine routine) {
        return new PlanCompiler(catalog::find).compile(routine, Optional.empty(), PlanSettings.HOME)
                .compiledPlan().map(p -> p.totalSeconds()).orElse(0);
    }

    @Override
    public PlanResult plan(Routine routine, Receiver receiver, ScreeningResult screening) {
        return new PlanCompiler(catalog::find).compile(routine, Optional.of(receiver),
                PlanSettings.HOME.withScreening(screening));
    }
}
