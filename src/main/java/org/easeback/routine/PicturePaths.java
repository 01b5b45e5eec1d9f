package org.easeback.routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.easeback.storage.StrictFileReader;

/** Where a step's picture lives: beside its routine, or in Easeback's own {@code assets/} for an assets/ path. */
public final class PicturePaths {

    private static final Path LEXICAL_BASE = Path.of("routine-folder");

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

    /** Where an image path points, judged from its text alone. */
    enum Place {
        /** Inside the routine's folder, e.g. {@code images/towels.png}. */
        FOLDER,
        /** Inside Easeback's {@code assets/} beside the routines folder, e.g. {@code ../assets/towels.png}. */
        ASSETS,
        /** Anywhere else, or not a path at all (absolute, a URL, backslashes, a NUL): never read. */
        OUTSIDE
    }

    /** Where {@code image} points, before any file is looked at, so a routine read from bytes is held to it too. */
    static Place place(String image) {
        if (image.startsWith("/") || image.startsWith("\\") || image.matches("^[A-Za-z]:.*") || image.contains("://")
                || image.contains("\\")) {
            return Place.OUTSIDE;
        }
        StrictFileReader.PathOrProblem lexicalPath = StrictFileReader.resolve(LEXICAL_BASE, image);
        if (!lexicalPath.ok()) {
            return Place.OUTSIDE;
        }
        Path lexical = lexicalPath.path().normalize();
        if (lexical.startsWith(LEXICAL_BASE) && !lexical.equals(LEXICAL_BASE)) {
            return Place.FOLDER;
        }
        return lexical.startsWith(Path.of("assets")) && lexical.getNameCount() > 1 ? Place.ASSETS : Place.OUTSIDE;
    }

    /**
     * The picture file {@code image} names for a routine read from {@code routineFolder}, by the loader's rules: a
     * relative path inside the routine's folder, or inside the assets/ beside it (the bundled one for a copy of a
     * bundled routine), to a regular file that no link takes out of that folder. Empty for anything else, so a
     * hostile path reaches no file even if it got past the loader.
     */
    public static Optional<Path> locate(Path routineFolder, String image) {
        Place place = place(image);
        if (place == Place.OUTSIDE) {
            return Optional.empty();
        }
        try {
            Path target = resolve(routineFolder, image);
            if (!Files.isRegularFile(target)) {
                return Optional.empty();
            }
            Path allowed = place == Place.FOLDER ? routineFolder.toRealPath()
                    : libraryOf(routineFolder, target).toRealPath();
            Path real = target.toRealPath();
            return real.startsWith(allowed) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
