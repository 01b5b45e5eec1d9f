package org.easeback.routine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object strictly, reporting each problem with the field's name and where the object
 * sits ("in step 3"), and keeps going so that every problem in a file is reported.
 */
public final class Fields {

    private final SourceNode.ObjectNode object;
    private final String where;
    private final Problems problems;

    /**
     * @param where how messages place the object, with a leading space (" in step 3"), or "" for the top level
     */
    public Fields(SourceNode.ObjectNode object, String where, Problems problems) {
        this.object = object;
        this.where = where;
        this.problems = problems;
    }

    public SourceNode.ObjectNode object() {
        return object;
    }

    public String where() {
        return where;
    }

    /** Reports every field not in {@code known}, with the closest known name as a hint. */
    public void allowOnly(List<String> known) {
        for (SourceNode.Member m : object.members().values()) {
            if (!known.contains(m.name())) {
                String hint = Suggestions.hint(m.name(), known);
                String message = "unknown field '" + m.name() + "'" + where + hint;
                if (hint.isEmpty()) {
                    message += "; the fields allowed here are " + String.join(", ", known);
                }
                problems.error(m.namePosition(), message);
            }
        }
    }

    public boolean has(String name) {
        return object.members().containsKey(name);
    }

    public Optional<SourceNode> node(String name) {
        return object.get(name);
    }

    public SourcePosition positionOf(String name) {
        return object.get(name).map(SourceNode::position).orElse(object.position());
    }

    public void missing(String name, String what) {
        problems.error(object.position(), "missing required field '" + name + "'" + where + "; add " + what);
    }

    /** A text field of 1 to {@code max} characters. */
    public Optional<String> text(String name, boolean required, int max) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, "text of 1 to " + max + " characters");
            }
            return Optional.empty();
        }
        return text(node.get(), "'" + name + "'" + where, max);
    }

    /** Checks that {@code node} is text of 1 to {@code max} characters; {@code label} names it in messages. */
    public Optional<String> text(SourceNode node, String label, int max) {
        if (!(node instanceof SourceNode.TextNode t)) {
            problems.error(node.position(), label + " must be text in double quotes, not " + node.describe());
            return Optional.empty();
        }
        if (t.value().isBlank()) {
            problems.error(node.position(), label + " must not be empty");
            return Optional.empty();
        }
        int length = t.value().codePointCount(0, t.value().length());
        if (length > max) {
            problems.error(node.position(), String.format(java.util.Locale.ROOT,
                    "%s is %,d characters long; the most allowed is %,d. Shorten it", label, length, max));
            return Optional.empty();
        }
        return Optional.of(t.value());
    }

    /** A text field that must match {@code pattern}; {@code rule} says in words what the pattern allows. */
    public Optional<String> matching(String name, boolean required, Pattern pattern, String rule) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, rule);
            }
            return Optional.empty();
        }
        if (node.get() instanceof SourceNode.TextNode t && pattern.matcher(t.value()).matches()) {
            return Optional.of(t.value());
        }
        problems.error(node.get().position(), "'" + name + "'" + where + " must be " + rule + ", not "
                + node.get().describe());
        return Optional.empty();
    }

    /** A whole number from {@code min} to {@code max}. */
    public OptionalInt integer(String name, boolean required, int min, int max) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, "a whole number from " + min + " to " + max);
            }
            return OptionalInt.empty();
        }
        return integer(node.get(), "'" + name + "'" + where, min, max);
    }

    public OptionalInt integer(SourceNode node, String label, int min, int max) {
        if (node instanceof SourceNode.NumberNode n && n.whole()) {
            java.math.BigDecimal d = n.decimal();
            if (d.compareTo(java.math.BigDecimal.valueOf(min)) >= 0 && d.compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
                return OptionalInt.of(d.intValueExact());
            }
        }
        problems.error(node.position(), label + " must be a whole number from " + min + " to " + max + ", not "
                + node.describe());
        return OptionalInt.empty();
    }

    /** A number from {@code min} to {@code max}, fractions allowed. */
    public Optional<Double> decimal(String name, boolean required, double min, double max) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, "a number from " + fmt(min) + " to " + fmt(max));
            }
            return Optional.empty();
        }
        if (node.get() instanceof SourceNode.NumberNode n) {
            double v = n.decimal().doubleValue();
            if (v >= min && v <= max) {
                return Optional.of(v);
            }
        }
        problems.error(node.get().position(), "'" + name + "'" + where + " must be a number from " + fmt(min)
                + " to " + fmt(max) + ", not " + node.get().describe());
        return Optional.empty();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** One of a fixed set of words, such as a pressure or a side. */
    public <E> Optional<E> choice(String name, boolean required, List<E> values, Function<E, String> jsonName) {
        Optional<SourceNode> node = object.get(name);
        List<String> names = values.stream().map(jsonName).toList();
        if (node.isEmpty()) {
            if (required) {
                missing(name, "one of " + quotedList(names));
            }
            return Optional.empty();
        }
        if (node.get() instanceof SourceNode.TextNode t) {
            for (E v : values) {
                if (jsonName.apply(v).equals(t.value())) {
                    return Optional.of(v);
                }
            }
        }
        String hint = node.get() instanceof SourceNode.TextNode t ? Suggestions.hint(t.value(), names) : "";
        problems.error(node.get().position(), "'" + name + "'" + where + " must be one of " + quotedList(names)
                + ", not " + node.get().describe() + hint);
        return Optional.empty();
    }

    /** A list of texts, each 1 to {@code maxChars} long, at most {@code maxItems} of them. */
    public Optional<List<String>> texts(String name, boolean required, int minItems, int maxItems, int maxChars) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, "a list of " + minItems + " to " + maxItems + " texts");
            }
            return Optional.empty();
        }
        Optional<SourceNode.ArrayNode> array = list(node.get(), "'" + name + "'" + where, minItems, maxItems);
        if (array.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        for (SourceNode item : array.get().items()) {
            i++;
            Optional<String> t = text(item, "item " + i + " of '" + name + "'" + where, maxChars);
            ok &= t.isPresent();
            t.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** A list with {@code minItems} to {@code maxItems} items. */
    public Optional<SourceNode.ArrayNode> list(SourceNode node, String label, int minItems, int maxItems) {
        if (!(node instanceof SourceNode.ArrayNode a)) {
            problems.error(node.position(), label + " must be a list in [ ], not " + node.describe());
            return Optional.empty();
        }
        if (a.items().size() < minItems) {
            problems.error(node.position(), label + (minItems == 1 ? " must not be empty"
                    : " must hold at least " + minItems + " items"));
            return Optional.empty();
        }
        if (a.items().size() > maxItems) {
            problems.error(node.position(), label + " holds " + a.items().size() + " items; the most allowed is "
                    + maxItems);
            return Optional.empty();
        }
        return Optional.of(a);
    }

    /** An object field. */
    public Optional<SourceNode.ObjectNode> object(String name, boolean required, String what) {
        Optional<SourceNode> node = object.get(name);
        if (node.isEmpty()) {
            if (required) {
                missing(name, what);
            }
            return Optional.empty();
        }
        if (node.get() instanceof SourceNode.ObjectNode o) {
            return Optional.of(o);
        }
        problems.error(node.get().position(), "'" + name + "'" + where + " must be an object in { }, not "
                + node.get().describe());
        return Optional.empty();
    }

    /** The required "format" field, which must be exactly {@code expected}. */
    public boolean format(String expected, FileKind kind) {
        Optional<SourceNode> node = object.get("format");
        if (node.isEmpty()) {
            problems.error(object.position(), "missing required field 'format'; " + kind.singular()
                    + " starts with \"format\": \"" + expected + "\"");
            return false;
        }
        if (node.get() instanceof SourceNode.TextNode t && t.value().equals(expected)) {
            return true;
        }
        problems.error(node.get().position(), "'format' must be exactly \"" + expected + "\", not "
                + node.get().describe() + "; this version of Easeback reads only that format");
        return false;
    }

    public static String quotedList(Collection<String> names) {
        List<String> quoted = names.stream().map(n -> "\"" + n + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
