package org.easeback.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The upgrade path of every stored format: for a kind, one step from each old version to the next. A file is
 * upgraded step by step to the current version when it is read; version 1 of every format needs no step.
 */
public final class FormatMigrations {

    private final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> steps = new HashMap<>();

    /** The migrations Easeback ships with. All formats are at version 1, so there are none yet. */
    public static FormatMigrations standard() {
        return new FormatMigrations();
    }

    /** Registers the step that turns a {@code kind} document of version {@code from} into version {@code from + 1}. */
    public FormatMigrations register(String kind, int from, UnaryOperator<ObjectNode> step) {
        steps.computeIfAbsent(kind, k -> new HashMap<>()).put(from, step);
        return this;
    }

    /**
     * Brings {@code document}, tagged {@code found}, up to {@code current}; its {@code "format"} is updated.
     *
     * @throws FormatException if the file is newer than this Easeback, or no step exists from its version
     */
    public ObjectNode migrate(ObjectNode document, FormatTag found, FormatTag current) throws FormatException {
        if (!found.kind().equals(current.kind())) {
            throw new IllegalArgumentException("kinds differ: " + found + " and " + current);
        }
        if (found.version() > current.version()) {
            throw new FormatException(FormatException.Reason.NEWER, "it was saved by a newer version of Easeback"
                    + " (format " + found + "). Update Easeback to open it");
        }
        ObjectNode node = document;
        for (int v = found.version(); v < current.version(); v++) {
            UnaryOperator<ObjectNode> step = steps.getOrDefault(found.kind(), Map.of()).get(v);
            if (step == null) {
                throw new FormatException(FormatException.Reason.UNSUPPORTED, "its format " + found
                        + " is too old for this version of Easeback, which has no way to upgrade it");
            }
            node = step.apply(node.deepCopy());
            node.put("format", new FormatTag(found.kind(), v + 1).toString());
        }
        return node;
    }

    /** Why a file's format cannot be brought to the current version. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        /** Whether the file is from the future (leave it alone) or from an unsupported past. */
        public enum Reason { NEWER, UNSUPPORTED }

        private final Reason reason;

        public FormatException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
