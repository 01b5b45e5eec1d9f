package org.easeback.routine;

import java.util.List;
import java.util.Optional;

/** What loading one file gave: its value, or the diagnostics that say why it could not be used. */
public sealed interface LoadResult<T> {

    /** Every diagnostic of the file, in file order (warnings only, for a valid file). */
    List<Diagnostic> diagnostics();

    /** The loaded value, if the file had no errors. */
    Optional<T> value();

    default boolean valid() {
        return this instanceof Valid<T>;
    }

    /** The file had no errors; it may still carry warnings. */
    record Valid<T>(T loaded, List<Diagnostic> diagnostics) implements LoadResult<T> {
        public Valid {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public Optional<T> value() {
            return Optional.of(loaded);
        }
    }

    /** The file had at least one error. */
    record Invalid<T>(List<Diagnostic> diagnostics) implements LoadResult<T> {
        public Invalid {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }
    }

    static <T> LoadResult<T> of(T value, Problems problems) {
        return value != null && !problems.hasErrors() ? new Valid<>(value, problems.sorted())
                : new Invalid<>(problems.sorted());
    }
}
