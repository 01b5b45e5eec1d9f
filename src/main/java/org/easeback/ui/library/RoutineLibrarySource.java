package org.easeback.ui.library;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.safety.ScreeningResult;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.kit.LibraryContents.BrokenKind;
import org.easeback.ui.kit.LibraryContents.BrokenRoutine;
import org.easeback.ui.kit.LibraryContents.RoutineFile;
import org.easeback.ui.kit.LibrarySource;
import org.easeback.ui.kit.SessionPlanner;

/**
 * The library from the loader (bundled routines, the user's routines and the user's technique catalogs, checked with
 * the routine and catalog safety rules), and the plans compiled over the catalog it loaded: a card's running time and
 * the plan a session runs.
 */
public final class RoutineLibrarySource implements LibrarySource, RoutineDurations, SessionPlanner {

    /** The data folder whose routines and techniques are read; null when only a routines folder is. */
    private final DataDirectory data;
    private final Path userRoutines;
    /** Set by each load, on a background thread; read by later background work. */
    private volatile TechniqueCatalog catalog = TechniqueCatalog.empty();
    /** Marks that the first {@link #load} has come: from then on every load reads the folders itself. */
    private static final CompletableFuture<LibraryContents> FIRST_LOAD_DONE = new CompletableFuture<>();
    /** The first load, begun ahead of the screen by {@link #loadAhead}; taken by the first {@link #load}. */
    private final AtomicReference<CompletableFuture<LibraryContents>> ahead = new AtomicReference<>();

    /** The routines and technique catalogs of {@code data}; neither folder need exist. */
    public RoutineLibrarySource(DataDirectory data) {
        this.data = data;
        this.userRoutines = data.routines();
    }

    /** Only the routines of {@code userFolder} (which need not exist) over the bundled catalog. */
    public RoutineLibrarySource(Path userFolder) {
        this.data = null;
        this.userRoutines = userFolder;
    }

    /**
     * Loads now, on the calling thread, for the next {@link #load} to return: the app starts its first load while
     * JavaFX starts. A first load that comes meanwhile waits for this one instead of reading the folders twice;
     * after the first load this does nothing, so a later load never returns these older contents.
     */
    public void loadAhead() {
        CompletableFuture<LibraryContents> first = new CompletableFuture<>();
        if (!ahead.compareAndSet(null, first)) {
            return;
        }
        try {
            first.complete(loadNow());
        } catch (RuntimeException e) {
            first.completeExceptionally(e);
        }
    }

    @Override
    public LibraryContents load() {
        CompletableFuture<LibraryContents> first = ahead.getAndSet(FIRST_LOAD_DONE);
        if (first != null && first != FIRST_LOAD_DONE) {
            try {
                return first.join();
            } catch (CompletionException e) {
                // The early load failed: read again, so the screen reports what this load finds.
            }
        }
        return loadNow();
    }

    private LibraryContents loadNow() {
        RoutineLibrary library = data != null
                ? RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules())
                : RoutineLibrary.load(userRoutines, SafetyRoutineRules.all());
        catalog = library.catalog();
        Map<String, RoutineFile> files = new HashMap<>();
        for (RoutineLibrary.Entry e : library.entries()) {
            if (e instanceof RoutineLibrary.Entry.Ready ready) {
                files.put(ready.routine().id(), new RoutineFile(ready.file(), ready.origin()));
            }
        }
        List<BrokenRoutine> broken = library.broken().stream()
                .map(b -> new BrokenRoutine(b.file(), b.origin(), kindOf(b.file()), b.diagnostics())).toList();
        return new LibraryContents(library.routines(), broken, library.catalog().techniques(), files);
    }

    /** The folders whose changes the library picks up: the user's routines and technique catalogs. */
    @Override
    public List<Path> watchedFolders() {
        return data == null ? List.of(userRoutines) : List.of(userRoutines, data.techniques());
    }

    private BrokenKind kindOf(Path file) {
        return data != null && file.startsWith(data.techniques()) ? BrokenKind.CATALOG : BrokenKind.ROUTINE;
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
