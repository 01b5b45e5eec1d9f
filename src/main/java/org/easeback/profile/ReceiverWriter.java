package org.easeback.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a receiver as an {@code easeback-receiver/1} file: format tag first, then the fields in a fixed order. */
public final class ReceiverWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** The file content for {@code receiver}, UTF-8, ending with a newline. */
    public byte[] write(Receiver receiver) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", Receiver.FORMAT);
            g.writeStringField("name", receiver.name());
            if (!receiver.carrierOil().isEmpty()) { // the format has no empty oil: "none chosen" is no field
                g.writeStringField("carrierOil", receiver.carrierOil());
            }
            strings(g, "essentialOils", receiver.essentialOils());
            strings(g, "sensitivities", receiver.sensitivities());
            g.writeStringField("preferredPressure", receiver.preferredPressure().jsonName());
            g.writeArrayFieldStart("soreSpots");
            for (SoreSpot spot : receiver.soreSpots()) {
                g.writeStartObject();
                g.writeNumberField("x", spot.x());
                g.writeNumberField("y", spot.y());
                if (!spot.note().isEmpty()) {
                    g.writeStringField("note", spot.note());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
