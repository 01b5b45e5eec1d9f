package org.easeback.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What reading a stored file gave: its value, its backup's value after a problem, nothing, or only problems. */
public sealed interface StoredRead<T> {

    /** The file that was asked for. */
    Path file();

    /** The value read, from the file or its backup. */
    default Optional<T> value() {
        return Optional.empty();
    }

    /** What went wrong, as sentences for the user; empty when the file was fine or simply absent. */
    default List<String> messages() {
        return List.of();
    }

    /** The file was whole and valid. */
    record Loaded<T>(Path file, T loaded) implements StoredRead<T> {
        @Override
        public Optional<T> value() {
            return Optional.of(loaded);
        }
    }

    /** The file was damaged and moved aside; its backup was valid, loaded, and put back in its place. */
    record Recovered<T>(Path file, T loaded, FileProblem problem) implements StoredRead<T> {
        @Override
        public Optional<T> value() {
            return Optional.of(loaded);
        }

        @Override
        public List<String> messages() {
            return List.of(problem.message() + " Its backup " + AtomicFileWriter.backupOf(file).getFileName()
                    + " was loaded instead.");
        }
    }

    /** The file could not be used and no valid backup exists; the file was moved aside unless that was unsafe. */
    record Failed<T>(Path file, FileProblem problem, Optional<FileProblem> backupProblem) implements StoredRead<T> {
        @Override
        public List<String> messages() {
            List<String> all = new ArrayList<>();
            all.add(problem.message());
            if (backupProblem.isPresent()) {
                all.add("Its backup could not be used either: " + backupProblem.get().message());
            } else if (problem.movedTo().isPresent()) {
                all.add("There is no backup of it to load instead.");
            }
            return all;
        }
    }

    /** Neither the file nor a backup exists. */
    record Missing<T>(Path file) implements StoredRead<T> {
    }
}
