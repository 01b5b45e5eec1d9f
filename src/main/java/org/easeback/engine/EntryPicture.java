package org.easeback.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A step's picture as the routine names it, and the file it was found in.
 *
 * @param path the picture's path relative to the routine file, as the loader checked it
 * @param alt  what the picture shows, in words a screen reader or the voice can read; empty if the routine gives none
 * @param file the picture file, inside the routine's folder or Easeback's assets/ ({@code PicturePaths.locate});
 *             empty when the routine was not read from a folder, or the file is not there (any more)
 */
public record EntryPicture(String path, String alt, Optional<Path> file) {

    public EntryPicture {
        Objects.requireNonNull(path);
        alt = alt == null ? "" : alt;
        file = file == null ? Optional.empty() : file;
    }

    /** A picture with no file found for it: the player looks for {@code path} among the bundled assets. */
    public EntryPicture(String path, String alt) {
        this(path, alt, Optional.empty());
    }
}
