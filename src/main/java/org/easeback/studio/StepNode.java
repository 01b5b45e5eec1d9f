package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easeback.routine.RoutineKeys;

/**
 * One step of a draft, as typed: its kind, each field's text ("" for none), and for a repeat the steps inside it.
 * Members the studio does not edit (an unknown field, a value of the wrong type) are kept as they were, so that
 * saving never drops what a trainer wrote and diagnostics still point at it. Changed only through jobs.
 */
public final class StepNode {

    private final String kind;
    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    private final LinkedHashMap<String, JsonNode> kept = new LinkedHashMap<>();
    private final List<StepNode> children = new ArrayList<>();

    StepNode(String kind) {
        this.kind = kind;
    }

    /** A new step of {@code kind} with the given field texts. */
    public static StepNode of(String kind, Map<String, String> fields) {
        StepNode n = new StepNode(kind);
        fields.forEach(n::set);
        return n;
    }

    public String kind() {
        return kind;
    }

    public boolean isRepeat() {
        return "repeat".equals(kind);
    }

    /** The fields the studio edits for this kind, in file order (without "kind" and "steps"). */
    public List<String> editableFields() {
        return RoutineKeys.stepKeys(kind).stream().filter(k -> !k.equals("kind") && !k.equals("steps")).toList();
    }

    /** The text of {@code name}, or "" if the step has none. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** Every field with text, in the order they were set. */
    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** Members kept as read because the studio cannot edit them as text, until the trainer types a value. */
    public Map<String, JsonNode> kept() {
        return Collections.unmodifiableMap(kept);
    }

    /** The steps of a repeat; empty for other kinds. */
    public List<StepNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** Sets {@code name} to {@code text} ("" removes it) and returns the text it had. */
    String set(String name, String text) {
        if (!editableFields().contains(name)) {
            throw new IllegalArgumentException("a " + kind + " step has no field '" + name + "'");
        }
        String old = field(name);
        if (text.isEmpty()) {
            fields.remove(name);
        } else {
            fields.put(name, text);
        }
        return old;
    }

    void keep(String name, JsonNode value) {
        kept.put(name, value.deepCopy());
    }

    /** Forgets the kept value of {@code name}, once the trainer types one, and returns it. */
    JsonNode unkeep(String name) {
        return kept.remove(name);
    }

    List<StepNode> mutableChildren() {
        return children;
    }

    /** A deep copy, for duplicating a step. */
    public StepNode copy() {
        StepNode n = new StepNode(kind);
        n.fields.putAll(fields);
        kept.forEach(n::keep);
        children.forEach(c -> n.children.add(c.copy()));
        return n;
    }

    @Override
    public String toString() {
        return kind + fields + (children.isEmpty() ? "" : children.toString());
    }
}
