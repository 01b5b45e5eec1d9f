package org.easeback.ui.studio;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.Diagram;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.DraftChecker;

/**
 * What the studio checks a routine against, read once in the background: the bundled and user techniques merged as
 * {@code validate} merges them, which of them are the user's own, and the library's other routines (whose ids a new
 * routine may not reuse).
 *
 * @param catalog  every technique a step may name
 * @param userIds  the ids of the user's own techniques, which the technique editor can open
 * @param routines each routine id of the library and its file
 */
public record StudioCatalog(TechniqueCatalog catalog, Set<String> userIds, Map<String, Path> routines) {

    public StudioCatalog {
        userIds = Set.copyOf(userIds);
        routines = Map.copyOf(routines);
    }

    /** Reads the catalogs and the library of {@code data}. Blocking: call it through BackgroundTasks. */
    public static StudioCatalog load(DataDirectory data) {
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        return of(library, CatalogSafety.userCatalogs(data).userTechniques().stream().map(Technique::id)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The catalog of {@code library}, with {@code userIds} marked as the user's. */
    public static StudioCatalog of(RoutineLibrary library, Set<String> userIds) {
        Map<String, Path> routines = new HashMap<>();
        library.entries().stream().filter(RoutineLibrary.Entry.Ready.class::isInstance)
                .map(RoutineLibrary.Entry.Ready.class::cast)
                .forEach(e -> routines.putIfAbsent(e.routine().id(), e.file()));
        return new StudioCatalog(library.catalog(), userIds, routines);
    }

    /** The checker {@code validate}'s rules make, for a routine saved as {@code file}. */
    public DraftChecker checker(Path file) {
        Map<String, Path> others = new HashMap<>(routines);
        others.values().removeIf(p -> p.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()));
        return new DraftChecker(new RoutineLoader(catalog, SafetyRoutineRules.all()), Optional.empty(), others);
    }

    /** The techniques a step may choose from, in catalog order. */
    public List<Technique> techniques() {
        return catalog.techniques();
    }

    /** The name of technique {@code id}, or the id itself when the catalog has no such technique. */
    public String nameOf(String id) {
        return catalog.find(id).map(Technique::name).orElse(id);
    }

    /** The stroke diagram of technique {@code id}, if the catalog has it. */
    public Optional<Diagram> diagramOf(String id) {
        return catalog.find(id).map(Technique::diagram);
    }
}
