package org.easeback.routine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical key order of a routine file, shared by every writer so that saved files diff cleanly: the order the
 * format's documentation lists the fields in.
 */
public final class RoutineKeys {

    /** The {@code $schema} a written routine points at when it names none. */
    public static final String SCHEMA_URL = "https://easeback.org/schema/routine.schema.json";

    /** Top-level keys, in order. */
    public static final List<String> TOP = List.of("$schema", "format", "id", "title", "summary", "author",
            "language", "audience", "level", "equipment", "safety", "steps");

    /** Keys of the {@code safety} object. */
    public static final List<String> SAFETY = List.of("checkInEverySeconds");

    /** The {@code $schema} a written technique catalog points at. */
    public static final String CATALOG_SCHEMA_URL = "https://easeback.org/schema/techniques.schema.json";

    /** Keys of one technique in a catalog, in order. */
    public static final List<String> TECHNIQUE = List.of("id", "name", "audience", "level", "levelReason", "pressure",
            "maxPressure", "strokesPerMinute", "works", "avoids", "equipment", "instructions", "diagram");

    /** Fields whose value is a whole number. */
    public static final Set<String> WHOLE_NUMBERS = Set.of("seconds", "strokesPerMinute", "secondsEach", "times",
            "checkInEverySeconds");

    private static final Map<String, List<String>> STEP = Map.of(
            "setup", List.of("kind", "title", "instructions", "image", "imageAlt", "seconds", "say"),
            "oil", List.of("kind", "title", "instructions", "image", "imageAlt", "seconds", "say"),
            "technique", List.of("kind", "technique", "seconds", "side", "strokesPerMinute", "pressure", "title",
                    "instructions", "say"),
            "sore-spots", List.of("kind", "technique", "secondsEach"),
            "check-in", List.of("kind", "prompt"),
            "info", List.of("kind", "title", "instructions", "seconds", "say"),
            "repeat", List.of("kind", "times", "steps"));

    private RoutineKeys() {
    }

    /** The keys a step of {@code kind} may have, {@code "kind"} first; only {@code "kind"} for an unknown kind. */
    public static List<String> stepKeys(String kind) {
        return STEP.getOrDefault(kind, List.of("kind"));
    }

    /** True if {@code kind} is a step kind of the format. */
    public static boolean knownKind(String kind) {
        return STEP.containsKey(kind);
    }
}
