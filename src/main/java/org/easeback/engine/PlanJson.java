package org.easeback.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a plan as {@code plan --json} prints it: {@code routine}, {@code totalSeconds} and {@code entries} with
 * index, at, seconds (null for open steps and check-ins), kind, title, and technique, side, pressure,
 * strokesPerMinute and spot {x, y} only where they apply, and inserted.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static ObjectNode tree(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("routine", plan.routineId());
        root.put("totalSeconds", plan.totalSeconds());
        ArrayNode entries = root.putArray("entries");
        for (PlanEntry e : plan.entries()) {
            ObjectNode n = entries.addObject();
            n.put("index", e.index());
            n.put("at", e.at());
            if (e.seconds().isPresent()) {
                n.put("seconds", e.seconds().getAsInt());
            } else {
                n.putNull("seconds");
            }
            n.put("kind", e.kind().jsonName());
            n.put("title", e.title());
            e.technique().ifPresent(t -> n.put("technique", t));
            e.side().ifPresent(s -> n.put("side", s.jsonName()));
            e.pressure().ifPresent(p -> n.put("pressure", p.jsonName()));
            e.strokesPerMinute().ifPresent(spm -> n.put("strokesPerMinute", spm));
            e.spot().ifPresent(p -> {
                ObjectNode spot = n.putObject("spot");
                spot.put("x", p.x());
                spot.put("y", p.y());
            });
            n.put("inserted", e.inserted());
        }
        return root;
    }

    /** The plan as indented JSON text, ending with a newline. */
    public static String write(Plan plan) {
        try {
            return MAPPER.writeValueAsString(tree(plan)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan could not be written as JSON", e);
        }
    }
}
