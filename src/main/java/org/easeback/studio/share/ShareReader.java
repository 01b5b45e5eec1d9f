package org.easeback.studio.share;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.SourceLimits;

/** Reads a shared file strictly: bounded, every field known, every picture a real PNG with a plain name. */
final class ShareReader {

    /** The shared file's content, or why it is refused. */
    sealed interface Read {
        record Content(SharedContent content) implements Read {
        }

        record Refused(List<Diagnostic> diagnostics) implements Read {
            public Refused {
                diagnostics = List.copyOf(diagnostics);
            }
        }
    }

    private static final List<String> TOP = List.of("$schema", "format", "routine", "techniques", "pictures");
    private static final List<String> PICTURE = List.of("name", "png");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SourceLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(SourceLimits.MAX_NUMBER_CHARS)
                    .maxNameLength(SourceLimits.MAX_NAME_CHARS)
                    .maxStringLength(SharedPicture.MAX_BYTES / 3 * 4 + 8)
                    .build())
            .build());

    private ShareReader() {
    }

    static Read read(byte[] bytes, Path file) {
        List<Diagnostic> problems = new ArrayList<>();
        if (bytes.length > ShareFormat.MAX_BYTES) {
            return refused(file, String.format(Locale.ROOT, "the shared file is %,d bytes; a shared routine may be at "
                    + "most %,d bytes (16 MiB). Share fewer or smaller pictures", bytes.length, ShareFormat.MAX_BYTES));
        }
        JsonNode root;
        try (JsonParser parser = JSON.createParser(bytes)) {
            root = JSON.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            return new Read.Refused(List.of(Diagnostic.error(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "this is not a shared routine Easeback can read ("
                            + SharedPicture.printable(why) + "); ask for the file again")));
        } catch (IOException e) {
            return refused(file, "cannot read the shared file (" + e.getClass().getSimpleName() + ")");
        }
        if (!(root instanceof ObjectNode top)) {
            return refused(file, "a shared routine is one JSON object that starts with {");
        }
        top.fieldNames().forEachRemaining(n -> {
            if (!TOP.contains(n)) {
                problems.add(error(file, "unknown field '" + SharedPicture.printable(n) + "' in the shared file; the "
                        + "fields are " + String.join(", ", TOP)));
            }
        });
        JsonNode format = top.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(ShareFormat.FORMAT)) {
            problems.add(error(file, "'format' must be exactly \"" + ShareFormat.FORMAT + "\"; this is not a routine "
                    + "shared by Easeback, or it comes from a newer version"));
        }
        JsonNode routine = top.get("routine");
        if (!(routine instanceof ObjectNode)) {
            problems.add(error(file, "the shared file has no 'routine' object"));
        }
        List<ObjectNode> techniques = objects(top.get("techniques"), "techniques", ShareFormat.MAX_TECHNIQUES, file,
                problems);
        List<SharedPicture> pictures = pictures(top.get("pictures"), file, problems);
        if (!problems.isEmpty()) {
            return new Read.Refused(problems);
        }
        return new Read.Content(new SharedContent((ObjectNode) routine, techniques, pictures));
    }

    private static List<ObjectNode> objects(JsonNode node, String name, int max, Path file, List<Diagnostic> problems) {
        List<ObjectNode> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray() || node.size() > max) {
            problems.add(error(file, "'" + name + "' must be a list of at most " + max + " objects"));
            return out;
        }
        for (JsonNode item : node) {
            if (item instanceof ObjectNode o) {
                out.add(o);
            } else {
                problems.add(error(file, "every item of '" + name + "' must be an object in { }"));
                return out;
            }
        }
        return out;
    }

    private static List<SharedPicture> pictures(JsonNode node, Path file, List<Diagnostic> problems) {
        List<SharedPicture> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ObjectNode p : objects(node, "pictures", ShareFormat.MAX_PICTURES, file, problems)) {
            List<String> unknown = new ArrayList<>();
            p.fieldNames().forEachRemaining(n -> {
                if (!PICTURE.contains(n)) {
                    unknown.add(n);
                }
            });
            JsonNode name = p.get("name");
            JsonNode png = p.get("png");
            if (!unknown.isEmpty() || name == null || !name.isTextual() || png == null || !png.isTextual()) {
                problems.add(error(file, "every picture must be {\"name\": \"towels.png\", \"png\": \"...\"}, "
                        + "the PNG's bytes in base64"));
                continue;
            }
            String n = name.asText();
            var nameProblem = SharedPicture.nameProblem(n);
            if (nameProblem.isPresent()) {
                problems.add(error(file, nameProblem.get()));
                continue;
            }
            if (!names.add(n.toLowerCase(Locale.ROOT))) {
                problems.add(error(file, "picture '" + n + "' appears twice; each picture needs its own name"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(png.asText());
            } catch (IllegalArgumentException e) {
                problems.add(error(file, "picture '" + n + "' is not valid base64; ask for the file again"));
                continue;
            }
            var pngProblem = SharedPicture.pngProblem(n, bytes);
            if (pngProblem.isPresent()) {
                problems.add(error(file, pngProblem.get()));
                continue;
            }
            out.add(new SharedPicture(n, bytes));
        }
        return out;
    }

    private static Read refused(Path file, String message) {
        return new Read.Refused(List.of(error(file, message)));
    }

    private static Diagnostic error(Path file, String message) {
        return Diagnostic.error(file, 1, 1, message);
    }
}
