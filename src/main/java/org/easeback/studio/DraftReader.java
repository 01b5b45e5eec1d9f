package org.easeback.studio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineKeys;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.RoutineWriter;
import org.easeback.routine.SourceLimits;
import org.easeback.routine.TechniqueCatalog;

/**
 * Opens routine-file text as a draft, valid or not, so that the studio can fix a broken routine. Only text that is
 * not a JSON object with step objects cannot be opened; the answer then carries the loader's diagnostics.
 */
public final class DraftReader {

    /** What opening a file gave. */
    public sealed interface Opening {
        /** The file opened as a draft. */
        record Opened(RoutineDraft draft) implements Opening {
        }

        /** The file cannot be edited in the studio; {@code diagnostics} say why, as {@code validate} does. */
        record Unreadable(List<Diagnostic> diagnostics) implements Opening {
            public Unreadable {
                diagnostics = List.copyOf(diagnostics);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SourceLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(SourceLimits.MAX_NUMBER_CHARS)
                    .maxNameLength(SourceLimits.MAX_NAME_CHARS)
                    .maxStringLength(SourceLimits.MAX_FILE_BYTES)
                    .build())
            .build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DraftReader() {
    }

    /** The draft of a loaded routine. */
    public static RoutineDraft of(Routine routine) {
        return fromTree(new RoutineWriter().tree(routine));
    }

    /** Opens {@code bytes}, the content of {@code file} (named in diagnostics). */
    public static Opening read(byte[] bytes, Path file) {
        if (bytes.length <= SourceLimits.MAX_FILE_BYTES) {
            try {
                JsonNode root = JSON.readTree(bytes);
                if (root instanceof ObjectNode o && stepsAreObjects(o.get("steps"))) {
                    return new Opening.Opened(fromTree(o));
                }
            } catch (JsonProcessingException e) {
                // the loader below says where and why, in the words validate uses
            } catch (IOException e) {
                return unreadable(file, "cannot read the file (" + e.getClass().getSimpleName() + ")");
            }
        }
        List<Diagnostic> why = new RoutineLoader(TechniqueCatalog.empty()).load(bytes, file).diagnostics();
        return why.isEmpty() || why.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)
                ? unreadable(file, "every step must be an object in { } with a \"kind\"; fix the file in a text "
                        + "editor, then open it again")
                : new Opening.Unreadable(why);
    }

    private static Opening unreadable(Path file, String message) {
        return new Opening.Unreadable(List.of(Diagnostic.error(file, 1, 1, message)));
    }

    private static boolean stepsAreObjects(JsonNode steps) {
        if (steps == null || !steps.isArray()) {
            return true;
        }
        for (JsonNode s : steps) {
            if (!s.isObject() || s.get("kind") != null && s.get("kind").isTextual() && s.get("kind").asText()
                    .equals("repeat") && !stepsAreObjects(s.get("steps"))) {
                return false;
            }
        }
        return true;
    }

    static RoutineDraft fromTree(ObjectNode root) {
        RoutineDraft d = new RoutineDraft();
        for (Map.Entry<String, JsonNode> m : iterable(root)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            switch (name) {
                case "$schema" -> {
                    if (v.isTextual()) {
                        d.schema(v.asText());
                    } else {
                        d.keep(name, v);
                    }
                }
                case "format" -> {
                    if (!v.isTextual() || !v.asText().equals(Routine.FORMAT)) {
                        d.keep(name, v);
                    }
                }
                case "steps" -> {
                    if (v.isArray() && !v.isEmpty()) {
                        v.forEach(s -> d.list(StepPath.ROUTINE).add(step((ObjectNode) s)));
                    } else {
                        d.keep(name, v);
                    }
                }
                case "safety" -> {
                    JsonNode every = v.get("checkInEverySeconds");
                    if (v.isObject() && v.size() == 1 && every != null && (every.isNumber() || every.isTextual())) {
                        d.set(RoutineField.CHECK_IN_EVERY_SECONDS, every.asText());
                    } else {
                        d.keep(name, v);
                    }
                }
                case "equipment" -> {
                    List<String> items = new ArrayList<>();
                    v.forEach(i -> items.add(i.isTextual() && !i.asText().isEmpty() && !i.asText().contains("\n")
                            ? i.asText() : null));
                    if (v.isArray() && !v.isEmpty() && !items.contains(null)) {
                        d.set(RoutineField.EQUIPMENT, String.join("\n", items));
                    } else {
                        d.keep(name, v);
                    }
                }
                default -> {
                    var field = RoutineField.fromJson(name);
                    if (field.isPresent() && asText(name, v) != null) {
                        d.set(field.get(), asText(name, v));
                    } else {
                        d.keep(name, v);
                    }
                }
            }
        }
        return d;
    }

    private static StepNode step(ObjectNode o) {
        JsonNode kind = o.get("kind");
        StepNode n = new StepNode(kind != null && kind.isTextual() ? kind.asText() : "");
        for (Map.Entry<String, JsonNode> m : iterable(o)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            if (name.equals("kind") && !n.kind().isEmpty()) {
                continue;
            }
            if (name.equals("steps") && n.isRepeat() && v.isArray() && !v.isEmpty()) {
                v.forEach(s -> n.mutableChildren().add(step((ObjectNode) s)));
            } else if (n.editableFields().contains(name) && asText(name, v) != null) {
                n.set(name, asText(name, v));
            } else {
                n.keep(name, v);
            }
        }
        return n;
    }

    /** The value as field text, or null if the studio cannot edit it as text (it is then kept as it is). */
    private static String asText(String name, JsonNode v) {
        if (v.isTextual() && !v.asText().isEmpty()) {
            return v.asText();
        }
        return v.isNumber() && RoutineKeys.WHOLE_NUMBERS.contains(name) ? v.asText() : null;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode o) {
        return o::fields;
    }
}
