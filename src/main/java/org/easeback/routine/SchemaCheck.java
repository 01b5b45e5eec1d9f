package org.easeback.routine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easeback.storage.Utf8Text;

/**
 * Checks that a {@code *.schema.json} file is a valid JSON Schema (draft 2020-12) by validating it against the
 * 2020-12 meta-schema that ships inside networknt's validator (no network), pointing each problem at its line.
 */
final class SchemaCheck {

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final class Holder {
        static final JsonSchema META = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(META_SCHEMA));
    }

    private SchemaCheck() {
    }

    static List<Diagnostic> check(byte[] bytes, Path file) {
        SourceReader.Result source = SourceReader.read(bytes, file, FileKind.SCHEMA);
        if (!source.parsed()) {
            return source.diagnostics();
        }
        Problems problems = new Problems(file);
        problems.addAll(source.diagnostics());
        SourceNode.ObjectNode root = source.root();
        root.get("$schema").ifPresent(s -> {
            if (!(s instanceof SourceNode.TextNode t) || !t.value().equals(META_SCHEMA)) {
                problems.error(s.position(), "'$schema' must be \"" + META_SCHEMA + "\": Easeback's schemas use "
                        + "JSON Schema draft 2020-12");
            }
        });
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(((Utf8Text.Text) Utf8Text.decode(bytes)).text()); // parsed above
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.error(root.position(), "cannot read the schema as JSON (" + e.getOriginalMessage() + ")");
            return problems.sorted();
        }
        Set<ValidationMessage> messages = Holder.META.validate(tree);
        for (ValidationMessage m : messages) {
            SourceNode at = locate(root, m.getInstanceLocation()).orElse(root);
            problems.error(at.position(), "not a valid JSON Schema 2020-12: " + m.getMessage());
        }
        return problems.sorted();
    }

    /** The node at a validator path, so that its message can point at a line. */
    static Optional<SourceNode> locate(SourceNode root, JsonNodePath path) {
        SourceNode node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (node instanceof SourceNode.ObjectNode o && element instanceof String name && o.get(name).isPresent()) {
                node = o.get(name).get();
            } else if (node instanceof SourceNode.ArrayNode a && element instanceof Integer index
                    && index >= 0 && index < a.items().size()) {
                node = a.items().get(index);
            } else {
                return Optional.of(node);
            }
        }
        return Optional.of(node);
    }
}
