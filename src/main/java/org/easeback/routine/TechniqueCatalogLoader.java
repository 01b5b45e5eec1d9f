package org.easeback.routine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Loads and checks a technique catalog file ({@code easeback-techniques/1}). */
public final class TechniqueCatalogLoader {

    /** Where the bundled catalog sits on the class path. */
    public static final String BUNDLED_RESOURCE = "routines/techniques.json";

    /** The zones of the lower back techniques may work or avoid. */
    public static final List<String> ZONES = List.of("spine", "paraspinal-muscles", "lower-back", "flanks", "hips",
            "iliac-crest", "sacrum", "lower-ribs");
    /** The motions the player can draw. */
    public static final List<String> MOTIONS = List.of("glide", "circle", "press", "hold", "rock", "roll", "none");

    static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    static final String ID_RULE = "1 to 64 characters of a-z, 0-9 and '-'";

    private static final List<String> TOP_FIELDS = List.of("$schema", "format", "techniques");
    private static final List<String> TECHNIQUE_FIELDS = List.of("id", "name", "audience", "level", "levelReason",
            "pressure", "maxPressure", "strokesPerMinute", "works", "avoids", "equipment", "instructions", "diagram");
    private static final List<String> DIAGRAM_FIELDS = List.of("motion", "hands", "path");
    private static final List<String> POINT_FIELDS = List.of("x", "y");

    private final List<CatalogRule> rules;

    /** A loader with the format's own checks only. */
    public TechniqueCatalogLoader() {
        this(List.of());
    }

    /** A loader that also runs {@code rules} on every technique of a catalog that passes the format's checks. */
    public TechniqueCatalogLoader(List<CatalogRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public LoadResult<TechniqueCatalog> load(Path file) {
        return SourceReader.readFile(file, FileKind.CATALOG).load(file, this::fromTree);
    }

    /** Loads {@code bytes}, the content of {@code file} (named in diagnostics). */
    public LoadResult<TechniqueCatalog> load(byte[] bytes, Path file) {
        return SourceReader.read(bytes, file, FileKind.CATALOG).load(file, this::fromTree);
    }

    /**
     * The catalog that ships inside Easeback. A broken bundled catalog is a build defect, so it fails loudly.
     *
     * @throws IllegalStateException if the bundled catalog is missing or invalid
     */
    public static TechniqueCatalog bundled() {
        return BundledCatalogHolder.CATALOG;
    }

    private static final class BundledCatalogHolder {
        static final TechniqueCatalog CATALOG = loadBundled();

        private static TechniqueCatalog loadBundled() {
            try (InputStream in = TechniqueCatalogLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled technique catalog " + BUNDLED_RESOURCE + " is missing");
                }
                LoadResult<TechniqueCatalog> r = new TechniqueCatalogLoader()
                        .load(in.readNBytes(SourceLimits.MAX_FILE_BYTES + 1), Path.of(BUNDLED_RESOURCE));
                return r.value().orElseThrow(() -> new IllegalStateException(
                        "the bundled technique catalog is invalid: " + r.diagnostics()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    LoadResult<TechniqueCatalog> fromTree(SourceNode.ObjectNode root, Problems problems) {
        Fields top = new Fields(root, "", problems);
        top.allowOnly(TOP_FIELDS);
        top.format(TechniqueCatalog.FORMAT, FileKind.CATALOG);
        List<Technique> techniques = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        Optional<SourceNode> list = top.node("techniques");
        if (list.isEmpty()) {
            top.missing("techniques", "a list of techniques");
        } else {
            top.list(list.get(), "'techniques'", 1, 500).ifPresent(array -> {
                int i = 0;
                for (SourceNode item : array.items()) {
                    i++;
                    technique(item, i, problems, seen).ifPresent(t -> {
                        techniques.add(t);
                        positions.add(item.position());
                    });
                }
            });
        }
        if (!problems.hasErrors()) {
            for (int i = 0; i < techniques.size(); i++) {
                for (CatalogRule rule : rules) {
                    for (String message : rule.check(techniques.get(i))) {
                        problems.error(positions.get(i), message);
                    }
                }
            }
        }
        return LoadResult.of(problems.hasErrors() ? null : new TechniqueCatalog(techniques), problems);
    }

    private Optional<Technique> technique(SourceNode node, int index, Problems problems,
                                          Map<String, SourcePosition> seen) {
        if (!(node instanceof SourceNode.ObjectNode object)) {
            problems.error(node.position(), "technique " + index + " must be an object in { }, not " + node.describe());
            return Optional.empty();
        }
        String label = object.get("id").filter(SourceNode.TextNode.class::isInstance)
                .map(n -> " ('" + ((SourceNode.TextNode) n).value() + "')").orElse("");
        Fields f = new Fields(object, " in technique " + index + label, problems);
        f.allowOnly(TECHNIQUE_FIELDS);
        Optional<String> id = f.matching("id", true, ID, ID_RULE);
        id.ifPresent(v -> {
            SourcePosition first = seen.putIfAbsent(v, f.positionOf("id"));
            if (first != null) {
                problems.error(f.positionOf("id"), "duplicate technique id '" + v + "'; it is already used at "
                        + first.line() + ":" + first.column() + ". Ids must be unique in a catalog");
            }
        });
        Optional<String> name = f.text("name", true, 120);
        Optional<Audience> audience = f.choice("audience", true, List.of(Audience.values()), Audience::jsonName);
        Optional<Level> level = f.choice("level", true, List.of(Level.values()), Level::jsonName);
        Optional<String> levelReason = f.text("levelReason", true, SourceLimits.MAX_TEXT_CHARS);
        Optional<Pressure> pressure = f.choice("pressure", true, List.of(Pressure.values()), Pressure::jsonName);
        Optional<Pressure> maxPressure = f.choice("maxPressure", true, List.of(Pressure.values()), Pressure::jsonName);
        if (pressure.isPresent() && maxPressure.isPresent() && maxPressure.get().compareTo(pressure.get()) < 0) {
            problems.error(f.positionOf("maxPressure"), "'maxPressure'" + f.where() + " is \""
                    + maxPressure.get().jsonName() + "\", lighter than its default 'pressure' \""
                    + pressure.get().jsonName() + "\"; raise it");
        }
        OptionalInt strokes = f.integer("strokesPerMinute", false, 1, 120);
        Optional<List<String>> works = zones(f, "works", problems);
        Optional<List<String>> avoids = zones(f, "avoids", problems);
        avoids.ifPresent(a -> {
            if (!a.contains("spine")) {
                problems.error(f.positionOf("avoids"), "'avoids'" + f.where()
                        + " must include \"spine\": no technique ever presses on the spine");
            }
        });
        Optional<List<String>> equipment = f.has("equipment") ? f.texts("equipment", false, 0, Integer.MAX_VALUE, SourceLimits.MAX_TEXT_CHARS)
                : Optional.of(List.of());
        Optional<List<String>> instructions = f.texts("instructions", true, 1, 20, SourceLimits.MAX_TEXT_CHARS);
        Optional<Diagram> diagram = f.has("diagram") ? diagram(f, problems) : Optional.of(Diagram.NONE);
        Optional<SourceNode> motion = f.node("diagram").filter(SourceNode.ObjectNode.class::isInstance)
                .flatMap(d -> ((SourceNode.ObjectNode) d).get("motion"));
        if (level.orElse(null) == Level.PROFESSIONAL && motion.isPresent()
                && !(motion.get() instanceof SourceNode.TextNode t && t.value().equals("none"))) {
            problems.error(f.positionOf("diagram"), "the diagram" + f.where() + " must have \"motion\": \"none\": "
                    + "a professional-only technique is never guided at home, so nothing is drawn");
        }
        if (id.isEmpty() || name.isEmpty() || audience.isEmpty() || level.isEmpty() || levelReason.isEmpty()
                || pressure.isEmpty() || maxPressure.isEmpty() || works.isEmpty() || avoids.isEmpty()
                || equipment.isEmpty() || instructions.isEmpty() || diagram.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Technique(id.get(), name.get(), instructions.get(), pressure.get(), maxPressure.get(),
                works.get(), avoids.get(), level.get(), levelReason.get(), audience.get(), equipment.get(), strokes,
                diagram.get()));
    }

    private static Optional<List<String>> zones(Fields f, String name, Problems problems) {
        Optional<List<String>> values = f.texts(name, true, 0, Integer.MAX_VALUE, 64);
        if (values.isEmpty()) {
            return values;
        }
        boolean ok = true;
        SourceNode.ArrayNode array = (SourceNode.ArrayNode) f.node(name).orElseThrow();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SourceNode item : array.items()) {
            String zone = ((SourceNode.TextNode) item).value();
            if (ZONES.contains(zone) && !seen.add(zone)) {
                problems.error(item.position(), "zone '" + zone + "' appears twice in '" + name + "'" + f.where()
                        + "; list each zone once");
                ok = false;
            } else if (!ZONES.contains(zone)) {
                problems.error(item.position(), "unknown zone '" + zone + "' in '" + name + "'" + f.where()
                        + Suggestions.hint(zone, ZONES) + (Suggestions.closest(zone, ZONES).isEmpty()
                        ? "; the zones are " + String.join(", ", ZONES) : ""));
                ok = false;
            }
        }
        return ok ? values : Optional.empty();
    }

    private static Optional<Diagram> diagram(Fields owner, Problems problems) {
        Optional<SourceNode.ObjectNode> object = owner.object("diagram", false, "");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(object.get(), " in the diagram" + owner.where().replaceFirst("^ in", " of"), problems);
        f.allowOnly(DIAGRAM_FIELDS);
        Optional<String> motion = f.choice("motion", true, MOTIONS, m -> m);
        Optional<List<MapPoint>> hands = points(f, "hands", 4, problems);
        Optional<List<MapPoint>> path = points(f, "path", 64, problems);
        if (motion.isEmpty() || hands.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Diagram(motion.get(), hands.get(), path.get()));
    }

    private static Optional<List<MapPoint>> points(Fields f, String name, int max, Problems problems) {
        Optional<SourceNode> node = f.node(name);
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<SourceNode.ArrayNode> array = f.list(node.get(), "'" + name + "'" + f.where(), 0, max);
        if (array.isEmpty()) {
            return Optional.empty();
        }
        List<MapPoint> out = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        for (SourceNode item : array.get().items()) {
            i++;
            Optional<MapPoint> p = point(item, " in point " + i + " of '" + name + "'" + f.where(), problems);
            ok &= p.isPresent();
            p.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    static Optional<MapPoint> point(SourceNode node, String where, Problems problems) {
        if (!(node instanceof SourceNode.ObjectNode o)) {
            problems.error(node.position(), "a point" + where + " must be an object like {\"x\": 0.4, \"y\": 0.5}, not "
                    + node.describe());
            return Optional.empty();
        }
        Fields f = new Fields(o, where, problems);
        f.allowOnly(POINT_FIELDS);
        Optional<Double> x = f.decimal("x", true, 0, 1);
        Optional<Double> y = f.decimal("y", true, 0, 1);
        return x.isPresent() && y.isPresent() ? Optional.of(new MapPoint(x.get(), y.get())) : Optional.empty();
    }
}
