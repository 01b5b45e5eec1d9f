package org.easeback.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a JSON tree the way Easeback's own files are written: two-space indents, one list item per line,
 * {@code "key": value}, keys in the tree's order, UTF-8 and a final newline. The same tree always gives the same bytes.
 */
public final class PrettyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory());
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private PrettyJson() {
    }

    /** A new, empty object whose keys keep the order they are put in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The file content for {@code tree}. */
    public static byte[] write(JsonNode tree) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(INDENT)
                .withArrayIndenter(INDENT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(bytes)) {
            g.setPrettyPrinter(pretty);
            MAPPER.writeTree(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
