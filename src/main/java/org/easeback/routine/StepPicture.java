package org.easeback.routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easeback.storage.StrictFileReader;

/** Reads a step's picture fields: {@code image}, a path that must stay put and name a picture, and {@code imageAlt}. */
final class StepPicture {

    /** The longest image path. */
    static final int MAX_PATH_CHARS = 260;
    /** A picture's alternative text is read aloud, so it stays a sentence or two. */
    static final int MAX_ALT_CHARS = 300;
    /** C0 and C1 controls, and the invisible bidirectional overrides that can make text read differently. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    private StepPicture() {
    }

    /** An image path: relative, inside the routine's folder or Easeback's assets/, and present. */
    static Optional<String> path(Fields f, Problems problems) {
        Optional<String> image = f.text("image", false, MAX_PATH_CHARS);
        if (image.isEmpty()) {
            return image;
        }
        String path = image.get();
        SourcePosition at = f.positionOf("image");
        String label = "image '" + path + "'" + f.where();
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*") || path.contains("://")) {
            problems.error(at, label + " must be a path relative to the routine file, such as \"images/pillow.png\"");
            return Optional.empty();
        }
        if (path.contains("\\")) {
            problems.error(at, label + " must separate folders with '/', not '\\'");
            return Optional.empty();
        }
        // Lexically first, so that a file read from bytes (no folder on disk) is held to the same rule.
        StrictFileReader.PathOrProblem lexicalPath = StrictFileReader.resolve(Path.of("routine-folder"), path);
        if (!lexicalPath.ok()) {
            // Shown as the escape the file holds, never as the raw character.
            problems.error(at, "image '" + path.replace("\0", "\\u0000") + "'" + f.where() + " "
                    + lexicalPath.problem());
            return Optional.empty();
        }
        PicturePaths.Place place = PicturePaths.place(path);
        boolean inFolder = place == PicturePaths.Place.FOLDER;
        if (place == PicturePaths.Place.OUTSIDE) {
            problems.error(at, label + " leads outside the routine's folder and assets/; keep images inside "
                    + "the routine's folder (\"images/towels.png\") or assets/ (\"../assets/towels.png\")");
            return Optional.empty();
        }
        Path folder = problems.file().toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return image;
        }
        Path target = PicturePaths.resolve(folder, path);
        // assets/ sits beside the routine's folder: a link may not take either out of the library that holds both.
        Path library = PicturePaths.libraryOf(folder, target);
        if (!Files.exists(target)) {
            problems.error(at, label + " was not found (looked for " + target + ")");
            return Optional.empty();
        }
        try {
            Path allowed = inFolder ? folder.toRealPath() : library.toRealPath();
            if (!target.toRealPath().startsWith(allowed)) {
                problems.error(at, label + " leads outside its folder through a link; copy the image "
                        + "into the folder instead");
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            problems.error(at, label + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        Optional<String> unusable = PictureFile.problem(target);
        if (unusable.isPresent()) {
            problems.error(at, label + " " + unusable.get());
            return Optional.empty();
        }
        return image;
    }

    /** A picture's alternative text: plain words that speech can read, and only beside an image. */
    static Optional<String> alt(Fields f, Problems problems, String step) {
        if (!f.has("imageAlt")) {
            if (f.has("image")) {
                problems.warning(f.positionOf("image"), "the image in " + step + " has no 'imageAlt'; add a "
                        + "sentence that says what the picture shows, for those who cannot see it and for speech");
            }
            return Optional.empty();
        }
        Optional<String> alt = f.text("imageAlt", false, MAX_ALT_CHARS);
        if (alt.isEmpty()) {
            return alt;
        }
        SourcePosition at = f.positionOf("imageAlt");
        Matcher control = CONTROL.matcher(alt.get());
        if (control.find()) {
            problems.error(at, String.format(Locale.ROOT, "'imageAlt' in %s contains the invisible "
                    + "control character U+%04X; write it as plain text on one line", step,
                    (int) control.group().charAt(0)));
            return Optional.empty();
        }
        if (!f.has("image")) {
            problems.error(at, "'imageAlt' in " + step + " describes a picture, but the step has no 'image'; "
                    + "add \"image\" or remove 'imageAlt'");
            return Optional.empty();
        }
        return alt;
    }
}
