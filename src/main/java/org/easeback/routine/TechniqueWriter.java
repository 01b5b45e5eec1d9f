package org.easeback.routine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes techniques as an {@code easeback-techniques/1} catalog, keys in {@link RoutineKeys#TECHNIQUE} order. */
public final class TechniqueWriter {

    private TechniqueWriter() {
    }

    /** The catalog file content holding {@code techniques}, in order. */
    public static byte[] write(List<Technique> techniques) {
        ObjectNode o = PrettyJson.object();
        o.put("$schema", RoutineKeys.CATALOG_SCHEMA_URL);
        o.put("format", TechniqueCatalog.FORMAT);
        ArrayNode list = o.putArray("techniques");
        techniques.forEach(t -> list.add(tree(t)));
        return PrettyJson.write(o);
    }

    /** The JSON tree of one technique. */
    public static ObjectNode tree(Technique t) {
        ObjectNode o = PrettyJson.object();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("audience", t.audience().jsonName());
        o.put("level", t.level().jsonName());
        o.put("levelReason", t.levelReason());
        o.put("pressure", t.pressure().jsonName());
        o.put("maxPressure", t.maxPressure().jsonName());
        t.strokesPerMinute().ifPresent(v -> o.put("strokesPerMinute", v));
        t.works().forEach(o.putArray("works")::add);
        t.avoids().forEach(o.putArray("avoids")::add);
        t.equipment().forEach(o.putArray("equipment")::add);
        t.instructions().forEach(o.putArray("instructions")::add);
        ObjectNode d = o.putObject("diagram");
        d.put("motion", t.diagram().motion());
        points(d.putArray("hands"), t.diagram().hands());
        points(d.putArray("path"), t.diagram().path());
        return o;
    }

    /** Points as {@code {"x": .., "y": ..}} objects. */
    public static void points(ArrayNode out, List<MapPoint> points) {
        for (MapPoint p : points) {
            out.addObject().put("x", p.x()).put("y", p.y());
        }
    }
}
