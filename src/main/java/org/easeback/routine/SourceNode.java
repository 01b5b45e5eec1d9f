package org.easeback.routine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read from a file, with the line and column where it starts, so every check can point at it.
 * The loaders build their domain records from these nodes; no Jackson type leaves the reader.
 */
public sealed interface SourceNode {

    /** Where the value starts in its file. */
    SourcePosition position();

    /** The value as a trainer would recognise it in a message: {@code "ninety"}, {@code 12}, {@code a list}. */
    String describe();

    /** A JSON object; members keep the order of the file. */
    record ObjectNode(Map<String, Member> members, SourcePosition position) implements SourceNode {
        public ObjectNode {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        public Optional<Member> member(String name) {
            return Optional.ofNullable(members.get(name));
        }

        public Optional<SourceNode> get(String name) {
            return member(name).map(Member::value);
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** One {@code "name": value} pair, with where its name starts. */
    record Member(String name, SourcePosition namePosition, SourceNode value) {
    }

    /** A JSON array. */
    record ArrayNode(List<SourceNode> items, SourcePosition position) implements SourceNode {
        public ArrayNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A JSON string. */
    record TextNode(String value, SourcePosition position) implements SourceNode {
        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
            return "\"" + shown + "\"";
        }
    }

    /** A JSON number, kept as written so that no precision is lost before range checks. */
    record NumberNode(String text, SourcePosition position) implements SourceNode {
        public BigDecimal decimal() {
            return new BigDecimal(text);
        }

        /** True if the number has no fractional part (2020-12 counts 90.0 as an integer too). */
        public boolean whole() {
            BigDecimal d = decimal();
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanNode(boolean value, SourcePosition position) implements SourceNode {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    /** {@code null}. */
    record NullNode(SourcePosition position) implements SourceNode {
        @Override
        public String describe() {
            return "null";
        }
    }
}
