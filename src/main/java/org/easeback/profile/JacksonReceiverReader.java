package org.easeback.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Pressure;
import org.easeback.safety.BackMap;

/**
 * A small reader of {@code easeback-receiver/1} files with line and column in every diagnostic. Stands in until
 * the loader's ReceiverLoader is merged.
 */
public final class JacksonReceiverReader implements ReceiverReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public ReceiverParse read(Path file, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            Receiver r = new Walk(file, p, diagnostics).receiver();
            if (p.nextToken() != null) {
                diagnostics.add(error(file, p.currentTokenLocation(), "unexpected content after the receiver object"));
            }
            return diagnostics.isEmpty() && r != null ? ReceiverParse.of(r) : ReceiverParse.failed(diagnostics);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.add(error(file, at, "this is not valid JSON: " + e.getOriginalMessage()));
            return ReceiverParse.failed(diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(file, 1, 1, "could not be read: " + e.getMessage()));
            return ReceiverParse.failed(diagnostics);
        }
    }

    private static Diagnostic error(Path file, JsonLocation at, String message) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int col = at == null ? 1 : Math.max(1, at.getColumnNr());
        return Diagnostic.error(file, line, col, message);
    }

    /** One pass over the tokens of a receiver file. */
    private static final class Walk {
        private final Path file;
        private final JsonParser p;
        private final List<Diagnostic> out;

        Walk(Path file, JsonParser p, List<Diagnostic> out) {
            this.file = file;
            this.p = p;
            this.out = out;
        }

        private void fail(JsonLocation at, String message) {
            out.add(error(file, at, message));
        }

        Receiver receiver() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                fail(p.currentTokenLocation(), "a receiver file must hold one JSON object, between { and }");
                return null;
            }
            JsonLocation start = p.currentTokenLocation();
            String format = null;
            String name = null;
            String carrier = "";
            List<String> oils = List.of();
            List<String> sensitivities = List.of();
            Pressure pressure = Pressure.DEFAULT;
            List<SoreSpot> spots = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (field) {
                    case "$schema" -> string(field);
                    case "format" -> format = string(field);
                    case "name" -> name = string(field);
                    case "carrierOil" -> carrier = Optional.ofNullable(string(field)).orElse("");
                    case "essentialOils" -> oils = strings(field);
                    case "sensitivities" -> sensitivities = strings(field);
                    case "preferredPressure" -> {
                        String v = string(field);
                        if (v != null) {
                            Optional<Pressure> level = Pressure.fromJson(v);
                            if (level.isEmpty()) {
                                fail(at, "\"preferredPressure\" must be light, gentle, moderate or firm, not \""
                                        + v + "\"");
                            } else {
                                pressure = level.get();
                            }
                        }
                    }
                    case "soreSpots" -> spots = spots();
                    default -> {
                        fail(at, "unknown field \"" + field + "\"; a receiver has format, name, carrierOil, "
                                + "essentialOils, sensitivities, preferredPressure and soreSpots");
                        p.skipChildren();
                    }
                }
            }
            if (format == null) {
                fail(start, "the \"format\" field is missing; a receiver file starts with \"format\": \""
                        + Receiver.FORMAT + "\"");
            } else if (!format.equals(Receiver.FORMAT)) {
                fail(start, "\"format\" is \"" + format + "\"; this version of Easeback reads \""
                        + Receiver.FORMAT + "\"");
            }
            if (name == null || name.isBlank()) {
                fail(start, "the receiver has no \"name\"");
                return null;
            }
            Receiver r = new Receiver(name, carrier, oils, sensitivities, pressure, spots);
            for (String problem : ReceiverRules.problems(r)) {
                if (!problem.startsWith("Sore spot")) { // spots were checked where they stand
                    fail(start, problem);
                }
            }
            return r;
        }

        private String string(String field) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                fail(p.currentTokenLocation(), "\"" + field + "\" must be a text in quotes");
                p.skipChildren();
                return null;
            }
            return p.getText();
        }

        private List<String> strings(String field) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                fail(p.currentTokenLocation(), "\"" + field + "\" must be a list of texts, like [\"lavender\"]");
                p.skipChildren();
                return List.of();
            }
            List<String> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String s = string(field + "[" + items.size() + "]");
                if (s != null) {
                    items.add(s);
                }
            }
            return items;
        }

        private List<SoreSpot> spots() throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                fail(p.currentTokenLocation(), "\"soreSpots\" must be a list of spots, like [{\"x\": 0.35, \"y\": 0.5}]");
                p.skipChildren();
                return List.of();
            }
            List<SoreSpot> spots = new ArrayList<>();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                String where = "soreSpots[" + index++ + "]";
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    fail(at, where + " must be an object with x and y");
                    p.skipChildren();
                    continue;
                }
                Double x = null;
                Double y = null;
                String note = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "x" -> x = coordinate(where + ".x");
                        case "y" -> y = coordinate(where + ".y");
                        case "note" -> note = Optional.ofNullable(string(where + ".note")).orElse("");
                        default -> {
                            fail(p.currentTokenLocation(), "unknown field \"" + field + "\" in " + where
                                    + "; a spot has x, y and note");
                            p.skipChildren();
                        }
                    }
                }
                if (x == null || y == null) {
                    fail(at, where + " needs both \"x\" and \"y\"");
                    continue;
                }
                SoreSpot spot = new SoreSpot(x, y, note);
                Optional<String> refusal = BackMap.refusal(spot.point());
                if (refusal.isPresent()) {
                    fail(at, where + ": " + refusal.get());
                    continue;
                }
                spots.add(spot);
            }
            return spots;
        }

        private Double coordinate(String where) throws IOException {
            if (!p.currentToken().isNumeric()) {
                fail(p.currentTokenLocation(), "\"" + where + "\" must be a number from 0 to 1");
                p.skipChildren();
                return null;
            }
            return p.getDoubleValue();
        }
    }
}
