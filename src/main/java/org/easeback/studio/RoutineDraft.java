package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easeback.routine.RoutineKeys;

/**
 * A routine being written in the studio: every field as the trainer typed it, and the steps as a tree with repeats
 * as folders. It may be invalid or half-typed; {@link DraftChecker} says what is wrong, with the loader's words.
 * Changed only through {@link StudioJob}s, so that every change can be undone.
 */
public final class RoutineDraft {

    private String schema = RoutineKeys.SCHEMA_URL;
    private final EnumMap<RoutineField, String> fields = new EnumMap<>(RoutineField.class);
    private final LinkedHashMap<String, JsonNode> kept = new LinkedHashMap<>();
    private final List<StepNode> steps = new ArrayList<>();

    RoutineDraft() {
    }

    /** A new, empty routine for a partner, at home, in English: the trainer fills in the rest. */
    public static RoutineDraft blank() {
        RoutineDraft d = new RoutineDraft();
        d.set(RoutineField.AUDIENCE, "partner");
        d.set(RoutineField.LEVEL, "home");
        d.set(RoutineField.LANGUAGE, "en");
        return d;
    }

    /** What {@code "$schema"} is written as. */
    public String schema() {
        return schema;
    }

    void schema(String value) {
        schema = value;
    }

    /** The text of {@code field}, or "" if it has none. */
    public String get(RoutineField field) {
        return fields.getOrDefault(field, "");
    }

    /** Sets {@code field} to {@code text} ("" removes it) and returns the text it had. */
    String set(RoutineField field, String text) {
        String old = get(field);
        if (text.isEmpty()) {
            fields.remove(field);
        } else {
            fields.put(field, text);
        }
        return old;
    }

    /** Top-level members kept as read because the studio cannot edit them as text. */
    public Map<String, JsonNode> kept() {
        return Collections.unmodifiableMap(kept);
    }

    void keep(String name, JsonNode value) {
        kept.put(name, value.deepCopy());
    }

    /** Forgets the kept value of {@code name}, once the trainer types one, and returns it. */
    JsonNode unkeep(String name) {
        return kept.remove(name);
    }

    /** The routine's steps, in order. */
    public List<StepNode> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The step at {@code path}. */
    public StepNode step(StepPath path) {
        if (path.isRoutine()) {
            throw new IllegalArgumentException("the routine itself is not a step");
        }
        return list(path.parent()).get(path.index());
    }

    /** True if {@code path} names a step of this draft. */
    public boolean has(StepPath path) {
        if (path.isRoutine()) {
            return false;
        }
        List<StepNode> list = steps;
        for (int i = 0; i < path.depth(); i++) {
            int index = path.indices().get(i);
            if (index >= list.size()) {
                return false;
            }
            StepNode node = list.get(index);
            if (i < path.depth() - 1 && !node.isRepeat()) {
                return false;
            }
            list = node.mutableChildren();
        }
        return true;
    }

    /** The steps of the routine ({@link StepPath#ROUTINE}) or of the repeat at {@code parent}. */
    public List<StepNode> stepsOf(StepPath parent) {
        return Collections.unmodifiableList(list(parent));
    }

    /** The mutable list of the routine or of a repeat, for jobs. */
    List<StepNode> list(StepPath parent) {
        if (parent.isRoutine()) {
            return steps;
        }
        StepNode node = step(parent);
        if (!node.isRepeat()) {
            throw new IllegalArgumentException(parent + " is a " + node.kind() + ", not a repeat");
        }
        return node.mutableChildren();
    }

    /** A deep copy. */
    public RoutineDraft copy() {
        RoutineDraft d = new RoutineDraft();
        d.schema = schema;
        d.fields.putAll(fields);
        kept.forEach(d::keep);
        steps.forEach(s -> d.steps.add(s.copy()));
        return d;
    }
}
