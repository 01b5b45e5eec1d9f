package org.easeback.routine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a step's picture lives: beside its routine, or in Easeback's own {@code assets/} for an assets/ path. */
public final class PicturePaths {

    private PicturePaths() {
    }

    /**
     * The file an {@code image} path names, for a routine in {@code routineFolder}. A path into {@code ../assets/}
     * that is not beside the routine (a user's copy of a bundled routine) names the bundled picture, so a copy
     * shows the same pictures as its original.
     */
    public static Path resolve(Path routineFolder, String image) {
        Path beside = routineFolder.resolve(image).normalize();
        if (Files.exists(beside)) {
            return beside;
        }
        return bundled(image).filter(Files::exists).orElse(beside);
    }

    /** The library root that holds {@code file}'s assets, for the link check: the bundled one or the routine's. */
    static Path libraryOf(Path routineFolder, Path file) {
        Optional<Path> bundledRoot = RoutineLibrary.bundledFolder().map(Path::getParent);
        if (bundledRoot.isPresent() && file.getFileSystem().equals(bundledRoot.get().getFileSystem())
                && file.startsWith(bundledRoot.get().normalize()) && !file.startsWith(routineFolder)) {
            return bundledRoot.get();
        }
        return routineFolder.getParent() == null ? routineFolder : routineFolder.getParent();
    }

    private static Optional<Path> bundled(String image) {
        Path lexical = Path.of("routines").resolve(image).normalize();
        if (!lexical.startsWith("assets") || lexical.getNameCount() < 2) {
            return Optional.empty();
        }
        return RoutineLibrary.bundledFolder().map(Path::getParent)
                .map(root -> root.resolve(lexical.toString()).normalize());
    }
}
