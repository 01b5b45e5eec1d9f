package org.easeback.routine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON file starts, as a JSON pointer ({@code /steps/2/seconds}), so that an editor can take a
 * loader's {@code LINE:COL} diagnostic back to the field it is about. A field's name and its value map to the same
 * pointer; an object's own start maps to the object.
 */
public final class SourcePointers {

    private final Map<SourcePosition, String> byPosition;

    private SourcePointers(Map<SourcePosition, String> byPosition) {
        this.byPosition = Map.copyOf(byPosition);
    }

    /** The pointers of {@code bytes}; empty if the bytes are not a JSON object. */
    public static SourcePointers of(byte[] bytes) {
        SourceReader.Result read = SourceReader.read(bytes, Path.of("pointers.json"), FileKind.ROUTINE);
        Map<SourcePosition, String> map = new HashMap<>();
        if (read.parsed()) {
            walk(read.root(), "", map);
        }
        return new SourcePointers(map);
    }

    /** The pointer of the value, field name or object that starts at {@code line}:{@code column}. */
    public Optional<String> at(int line, int column) {
        return Optional.ofNullable(byPosition.get(new SourcePosition(line, column)));
    }

    /** The pointer {@code diagnostic} points at, if it points at a value of the file. */
    public Optional<String> of(Diagnostic diagnostic) {
        return at(diagnostic.line(), diagnostic.column());
    }

    /** {@code name} escaped for use in a JSON pointer (RFC 6901). */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void walk(SourceNode node, String pointer, Map<SourcePosition, String> map) {
        map.putIfAbsent(node.position(), pointer);
        if (node instanceof SourceNode.ObjectNode o) {
            for (SourceNode.Member m : o.members().values()) {
                String child = pointer + "/" + escape(m.name());
                map.putIfAbsent(m.namePosition(), child);
                walk(m.value(), child, map);
            }
        } else if (node instanceof SourceNode.ArrayNode a) {
            for (int i = 0; i < a.items().size(); i++) {
                walk(a.items().get(i), pointer + "/" + i, map);
            }
        }
    }
}
