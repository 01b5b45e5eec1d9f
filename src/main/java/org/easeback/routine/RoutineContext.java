package org.easeback.routine;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link RoutineRule} may know about the file beside the routine itself.
 *
 * @param file       the routine's file, for diagnostics
 * @param catalog    the technique catalog the routine was checked against
 * @param level      the routine's declared level (home when the file names none, or none the format knows)
 * @param techniques every step's {@code technique} value with its position, in file order; a repeat's steps once
 */
public record RoutineContext(Path file, TechniqueCatalog catalog, Level level, List<TechniqueReference> techniques) {

    public RoutineContext {
        techniques = List.copyOf(techniques);
    }
}
