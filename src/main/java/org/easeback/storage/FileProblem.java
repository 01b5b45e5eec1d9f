package org.easeback.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What is wrong with one stored file, and what was done about it.
 *
 * @param file    the file as it was named
 * @param what    what is wrong, as the end of a sentence: "is not valid JSON (…)"
 * @param movedTo where the file was moved aside, if it was
 */
public record FileProblem(Path file, String what, Optional<Path> movedTo) {

    public FileProblem {
        movedTo = movedTo == null ? Optional.empty() : movedTo;
    }

    /** The problem as sentences for the user: which file, what is wrong, and where it went. */
    public String message() {
        StringBuilder s = new StringBuilder();
        s.append("The file ").append(file).append(' ').append(what).append('.');
        movedTo.ifPresent(p -> s.append(" It was moved aside as ").append(p.getFileName())
                .append(" so nothing overwrites it."));
        return s.toString();
    }

    FileProblem movedTo(Path aside) {
        return new FileProblem(file, what, Optional.of(aside));
    }

    @Override
    public String toString() {
        return message();
    }
}
