package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import org.easeback.routine.MapPoint;
import org.easeback.routine.PrettyJson;
import org.easeback.routine.RoutineKeys;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueWriter;

/**
 * A technique of the user's own being written in the studio: its fields as typed, and its stroke diagram as the
 * points where the hands start and the path they follow, drawn for the left side. Changed only through jobs.
 */
public final class TechniqueDraft {

    /** The two point lists of a diagram. */
    public enum Points {
        HANDS("hands", 4),
        PATH("path", 64);

        private final String jsonName;
        private final int max;

        Points(String jsonName, int max) {
            this.jsonName = jsonName;
            this.max = max;
        }

        public String jsonName() {
            return jsonName;
        }

        /** The most points the format allows in this list. */
        public int max() {
            return max;
        }
    }

    private final EnumMap<TechniqueField, String> fields = new EnumMap<>(TechniqueField.class);
    private final List<MapPoint> hands = new ArrayList<>();
    private final List<MapPoint> path = new ArrayList<>();

    /** A new home technique for a partner, gentle, avoiding the spine, with a glide to draw. */
    public static TechniqueDraft blank() {
        TechniqueDraft d = new TechniqueDraft();
        d.set(TechniqueField.AUDIENCE, "partner");
        d.set(TechniqueField.LEVEL, "home");
        d.set(TechniqueField.LEVEL_REASON, "Safe at home with gentle pressure on the muscles, never on the spine.");
        d.set(TechniqueField.PRESSURE, "gentle");
        d.set(TechniqueField.MAX_PRESSURE, "moderate");
        d.set(TechniqueField.WORKS, "lower-back");
        d.set(TechniqueField.AVOIDS, "spine\niliac-crest\nsacrum\nlower-ribs");
        d.set(TechniqueField.MOTION, "glide");
        return d;
    }

    /** The draft of a catalog technique. */
    public static TechniqueDraft of(Technique t) {
        TechniqueDraft d = new TechniqueDraft();
        ObjectNode tree = TechniqueWriter.tree(t);
        for (TechniqueField f : TechniqueField.values()) {
            JsonNode v = f == TechniqueField.MOTION ? tree.get("diagram").get("motion") : tree.get(f.jsonName());
            if (v == null) {
                continue;
            }
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(i -> items.add(i.asText()));
                d.set(f, String.join("\n", items));
            } else {
                d.set(f, v.asText());
            }
        }
        d.hands.addAll(t.diagram().hands());
        d.path.addAll(t.diagram().path());
        return d;
    }

    public String get(TechniqueField field) {
        return fields.getOrDefault(field, "");
    }

    String set(TechniqueField field, String text) {
        String old = get(field);
        if (text.isEmpty()) {
            fields.remove(field);
        } else {
            fields.put(field, text);
        }
        return old;
    }

    /** The points of {@code which}, in order. */
    public List<MapPoint> points(Points which) {
        return Collections.unmodifiableList(list(which));
    }

    List<MapPoint> list(Points which) {
        return which == Points.HANDS ? hands : path;
    }

    /** The catalog file holding this technique alone, in canonical form. */
    public byte[] write() {
        ObjectNode o = PrettyJson.object();
        o.put("$schema", RoutineKeys.CATALOG_SCHEMA_URL);
        o.put("format", TechniqueCatalog.FORMAT);
        o.putArray("techniques").add(tree());
        return PrettyJson.write(o);
    }

    /** The JSON tree of this technique. */
    public ObjectNode tree() {
        ObjectNode o = PrettyJson.object();
        for (String key : RoutineKeys.TECHNIQUE) {
            if (key.equals("diagram")) {
                ObjectNode d = o.putObject("diagram");
                if (!get(TechniqueField.MOTION).isEmpty()) {
                    d.put("motion", get(TechniqueField.MOTION));
                }
                TechniqueWriter.points(d.putArray("hands"), hands);
                TechniqueWriter.points(d.putArray("path"), path);
                continue;
            }
            TechniqueField f = TechniqueField.fromJson(key).orElseThrow();
            String text = get(f);
            if (f.lines()) {
                ArrayNode items = o.putArray(key);
                text.lines().filter(l -> !l.isEmpty()).forEach(items::add);
            } else if (!text.isEmpty()) {
                if (f == TechniqueField.STROKES_PER_MINUTE && text.matches("-?[0-9]{1,9}")) {
                    o.putRawValue(key, new RawValue(text));
                } else {
                    o.put(key, text);
                }
            }
        }
        return o;
    }
}
