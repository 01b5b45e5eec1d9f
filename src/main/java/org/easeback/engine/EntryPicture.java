package org.easeback.engine;

import java.util.Objects;

/**
 * A step's picture as the routine names it.
 *
 * @param path the picture's path relative to the routine file, as the loader checked it
 * @param alt  what the picture shows, in words a screen reader or the voice can read; empty if the routine gives none
 */
public record EntryPicture(String path, String alt) {

    public EntryPicture {
        Objects.requireNonNull(path);
        alt = alt == null ? "" : alt;
    }
}
