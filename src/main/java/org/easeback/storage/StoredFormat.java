package org.easeback.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** How one kind of stored file turns into a value, once it is known to be whole, tagged and migrated. */
public interface StoredFormat<T> {

    /** The tag this version of Easeback writes, for example {@code easeback-receiver/1}. */
    FormatTag current();

    /** A short name for messages: "receiver", "history index". */
    String description();

    /** The largest file of this kind that is read: 1 MiB unless the kind says otherwise. */
    default long maxBytes() {
        return 1024 * 1024;
    }

    /**
     * The value in {@code document}, already migrated to {@link #current()}; {@code text} is that document as text,
     * for decoders that report line and column: the file as read when no migration changed it, else the migrated
     * document written out.
     *
     * @throws InvalidContentException with a sentence saying what is wrong
     */
    T decode(Path file, String text, JsonNode document) throws InvalidContentException;

    /** The content of a stored file is whole JSON, but not a valid value of its kind. */
    final class InvalidContentException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidContentException(String message) {
            super(message);
        }
    }
}
