package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.easeback.routine.PrettyJson;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineKeys;

/**
 * Writes a draft as routine-file text, in the same canonical form as {@link org.easeback.routine.RoutineWriter}:
 * what is saved, what is checked and what is shared are the same bytes. Text that reads as a number is written as
 * one in number fields; anything else is written as typed, so the loader says what is wrong with it.
 */
public final class DraftWriter {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?([eE][+-]?[0-9]{1,3})?");

    private DraftWriter() {
    }

    /** The file content of {@code draft}. */
    public static byte[] write(RoutineDraft draft) {
        return PrettyJson.write(tree(draft));
    }

    /** The JSON tree of {@code draft}. */
    public static ObjectNode tree(RoutineDraft draft) {
        ObjectNode o = PrettyJson.object();
        o.put("$schema", draft.schema());
        o.put("format", Routine.FORMAT);
        Map<String, JsonNode> kept = draft.kept();
        for (String key : RoutineKeys.TOP.subList(2, RoutineKeys.TOP.size())) {
            switch (key) {
                case "steps" -> {
                    if (draft.steps().isEmpty() && kept.containsKey("steps")) {
                        o.set("steps", kept.get("steps"));
                    } else {
                        steps(o.putArray("steps"), draft.steps());
                    }
                }
                case "safety" -> {
                    String every = draft.get(RoutineField.CHECK_IN_EVERY_SECONDS);
                    if (!every.isEmpty()) {
                        value(o.putObject("safety"), "checkInEverySeconds", every);
                    } else if (kept.containsKey("safety")) {
                        o.set("safety", kept.get("safety"));
                    }
                }
                case "equipment" -> {
                    String lines = draft.get(RoutineField.EQUIPMENT);
                    if (!lines.isEmpty()) {
                        ArrayNode items = o.putArray("equipment");
                        lines.lines().filter(l -> !l.isEmpty()).forEach(items::add);
                    } else if (kept.containsKey("equipment")) {
                        o.set("equipment", kept.get("equipment"));
                    }
                }
                default -> {
                    String text = RoutineField.fromJson(key).map(draft::get).orElse("");
                    if (!text.isEmpty()) {
                        value(o, key, text);
                    } else if (kept.containsKey(key)) {
                        o.set(key, kept.get(key));
                    }
                }
            }
        }
        kept.forEach((k, v) -> {
            if (!RoutineKeys.TOP.contains(k)) {
                o.set(k, v);
            }
        });
        return o;
    }

    private static void steps(ArrayNode out, List<StepNode> steps) {
        for (StepNode step : steps) {
            ObjectNode s = out.addObject();
            Map<String, JsonNode> kept = step.kept();
            if (!step.kind().isEmpty()) {
                s.put("kind", step.kind());
            } else if (kept.containsKey("kind")) {
                s.set("kind", kept.get("kind"));
            }
            List<String> keys = RoutineKeys.stepKeys(step.kind());
            for (String key : keys.subList(1, keys.size())) {
                if (key.equals("steps")) {
                    if (step.children().isEmpty() && kept.containsKey("steps")) {
                        s.set("steps", kept.get("steps"));
                    } else {
                        steps(s.putArray("steps"), step.children());
                    }
                } else if (!step.field(key).isEmpty()) {
                    value(s, key, step.field(key));
                } else if (kept.containsKey(key)) {
                    s.set(key, kept.get(key));
                }
            }
            kept.forEach((k, v) -> {
                if (!keys.contains(k)) {
                    s.set(k, v);
                }
            });
        }
    }

    private static void value(ObjectNode o, String key, String text) {
        if (RoutineKeys.WHOLE_NUMBERS.contains(key) && NUMBER.matcher(text).matches()) {
            o.putRawValue(key, new RawValue(text));
        } else {
            o.put(key, text);
        }
    }
}
