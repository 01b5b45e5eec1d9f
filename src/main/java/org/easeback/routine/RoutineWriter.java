package org.easeback.routine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a routine as an {@code easeback-routine/1} file: pretty-printed, keys in {@link RoutineKeys} order, with a
 * {@code $schema} line, so that trainers can diff and share what they save. Loading what it writes gives the routine
 * back (apart from the source positions).
 */
public final class RoutineWriter {

    private final String schema;

    /** A writer that points {@code $schema} at {@link RoutineKeys#SCHEMA_URL}. */
    public RoutineWriter() {
        this(RoutineKeys.SCHEMA_URL);
    }

    /** A writer that writes {@code schema} as the {@code $schema} of every file. */
    public RoutineWriter(String schema) {
        this.schema = schema;
    }

    /** The file content for {@code routine}, UTF-8, ending with a newline. */
    public byte[] write(Routine routine) {
        return PrettyJson.write(tree(routine));
    }

    /** The JSON tree of {@code routine}, in canonical key order. */
    public ObjectNode tree(Routine routine) {
        ObjectNode o = PrettyJson.object();
        o.put("$schema", schema);
        o.put("format", Routine.FORMAT);
        o.put("id", routine.id());
        o.put("title", routine.title());
        routine.summary().ifPresent(s -> o.put("summary", s));
        routine.author().ifPresent(a -> o.put("author", a));
        o.put("language", routine.language());
        o.put("audience", routine.audience().jsonName());
        o.put("level", routine.level().jsonName());
        ArrayNode equipment = o.putArray("equipment");
        routine.equipment().forEach(equipment::add);
        o.putObject("safety").put("checkInEverySeconds", routine.checkInEverySeconds());
        steps(o.putArray("steps"), routine.steps());
        return o;
    }

    private static void steps(ArrayNode out, List<Step> steps) {
        for (Step step : steps) {
            ObjectNode s = out.addObject();
            if (step instanceof Step.Setup v) {
                pictured(s, "setup", v.title(), v.instructions(), v.image(), v.imageAlt(), v.seconds(), v.say());
            } else if (step instanceof Step.Oil v) {
                pictured(s, "oil", v.title(), v.instructions(), v.image(), v.imageAlt(), v.seconds(), v.say());
            } else if (step instanceof Step.Technique v) {
                s.put("kind", "technique");
                s.put("technique", v.technique());
                s.put("seconds", v.seconds());
                s.put("side", v.side().jsonName());
                optional(s, "strokesPerMinute", v.strokesPerMinute());
                optional(s, "pressure", v.pressure().map(Pressure::jsonName));
                optional(s, "title", v.title());
                optional(s, "instructions", v.instructions());
                optional(s, "say", v.say());
            } else if (step instanceof Step.SoreSpots v) {
                s.put("kind", "sore-spots");
                s.put("technique", v.technique());
                s.put("secondsEach", v.secondsEach());
            } else if (step instanceof Step.CheckIn v) {
                s.put("kind", "check-in");
                optional(s, "prompt", v.prompt());
            } else if (step instanceof Step.Info v) {
                s.put("kind", "info");
                s.put("title", v.title());
                s.put("instructions", v.instructions());
                optional(s, "seconds", v.seconds());
                optional(s, "say", v.say());
            } else if (step instanceof Step.Repeat v) {
                s.put("kind", "repeat");
                s.put("times", v.times());
                steps(s.putArray("steps"), v.steps());
            }
        }
    }

    /** A setup or oil step: the two kinds share their fields, picture included, in the same order. */
    private static void pictured(ObjectNode s, String kind, String title, String instructions, Optional<String> image,
                                 Optional<String> imageAlt, OptionalInt seconds, Optional<String> say) {
        s.put("kind", kind);
        s.put("title", title);
        s.put("instructions", instructions);
        optional(s, "image", image);
        optional(s, "imageAlt", imageAlt);
        optional(s, "seconds", seconds);
        optional(s, "say", say);
    }

    private static void optional(ObjectNode o, String key, Optional<String> value) {
        value.ifPresent(v -> o.put(key, v));
    }

    private static void optional(ObjectNode o, String key, OptionalInt value) {
        value.ifPresent(v -> o.put(key, v));
    }
}
