package org.easeback.routine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Loads and checks an oils file ({@code easeback-oils/1}): families, carrier oils and essential oils. */
public final class OilCatalogLoader {

    /** Where the bundled oils file sits on the class path. */
    public static final String BUNDLED_RESOURCE = "routines/oils.json";
    /** The name of an oils file in a routines folder. */
    public static final String FILE_NAME = "oils.json";

    private static final int MAX_TEXT = 200;
    private static final List<String> TOP_FIELDS = List.of("$schema", "format", "families", "carriers",
            "essentialOils", "sensitivities");
    private static final List<String> FAMILY_FIELDS = List.of("id", "name", "words", "source");
    private static final List<String> OIL_FIELDS = List.of("id", "name", "aliases", "families", "cautions", "source");

    public LoadResult<OilCatalog> load(Path file) {
        return SourceReader.readFile(file, FileKind.OILS).load(file, this::fromTree);
    }

    /** Loads {@code bytes}, the content of {@code file} (named in diagnostics). */
    public LoadResult<OilCatalog> load(byte[] bytes, Path file) {
        return SourceReader.read(bytes, file, FileKind.OILS).load(file, this::fromTree);
    }

    /**
     * The oils that ship inside Easeback. A broken bundled file is a build defect, so it fails loudly.
     *
     * @throws IllegalStateException if the bundled oils file is missing or invalid
     */
    public static OilCatalog bundled() {
        return BundledHolder.CATALOG;
    }

    private static final class BundledHolder {
        static final OilCatalog CATALOG = loadBundled();

        private static OilCatalog loadBundled() {
            try (InputStream in = OilCatalogLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled oils file " + BUNDLED_RESOURCE + " is missing");
                }
                LoadResult<OilCatalog> r = new OilCatalogLoader()
                        .load(in.readNBytes(SourceLimits.MAX_FILE_BYTES + 1), Path.of(BUNDLED_RESOURCE));
                return r.value().orElseThrow(() -> new IllegalStateException(
                        "the bundled oils file is invalid: " + r.diagnostics()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    LoadResult<OilCatalog> fromTree(SourceNode.ObjectNode root, Problems problems) {
        Fields top = new Fields(root, "", problems);
        top.allowOnly(TOP_FIELDS);
        if (top.has("$schema")) {
            top.text("$schema", false, SourceLimits.MAX_TEXT_CHARS);
        }
        top.format(OilCatalog.FORMAT, FileKind.OILS);
        Map<String, SourcePosition> familyIds = new HashMap<>();
        Map<String, SourcePosition> ids = new HashMap<>();
        Map<String, AllergenFamily> families = new HashMap<>();
        List<AllergenFamily> familyList = new ArrayList<>();
        items(top, "families", "a list of allergen families").forEach((item, i) ->
                family(item, i, problems, familyIds).ifPresent(f -> {
                    families.put(f.id(), f);
                    familyList.add(f);
                }));
        List<OilCatalog.Oil> oils = new ArrayList<>();
        Map<String, SourcePosition> names = new HashMap<>();
        items(top, "carriers", "a list of carrier oils").forEach((item, i) ->
                oil(item, "carrier " + i, OilCatalog.Kind.CARRIER, problems, ids, names, families)
                        .ifPresent(oils::add));
        items(top, "essentialOils", "a list of essential oils").forEach((item, i) ->
                oil(item, "essential oil " + i, OilCatalog.Kind.ESSENTIAL, problems, ids, names, families)
                        .ifPresent(oils::add));
        Optional<List<String>> sensitivities = top.has("sensitivities")
                ? top.texts("sensitivities", false, 0, 100, MAX_TEXT) : Optional.of(List.of());
        if (problems.hasErrors() || sensitivities.isEmpty()) {
            return LoadResult.of(null, problems);
        }
        return LoadResult.of(new OilCatalog(familyList, oils, sensitivities.get()), problems);
    }

    /** The items of a required list, by their number from 1, in file order. */
    private static Map<SourceNode, Integer> items(Fields top, String name, String what) {
        Map<SourceNode, Integer> out = new java.util.LinkedHashMap<>();
        Optional<SourceNode> node = top.node(name);
        if (node.isEmpty()) {
            top.missing(name, what);
            return out;
        }
        top.list(node.get(), "'" + name + "'", 1, 200).ifPresent(array -> {
            int i = 0;
            for (SourceNode item : array.items()) {
                out.put(item, ++i);
            }
        });
        return out;
    }

    private static Optional<AllergenFamily> family(SourceNode node, int index, Problems problems,
                                                   Map<String, SourcePosition> ids) {
        Optional<Fields> f = object(node, "family " + index, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        f.get().allowOnly(FAMILY_FIELDS);
        Optional<String> id = id(f.get(), problems, ids);
        Optional<String> name = f.get().text("name", true, MAX_TEXT);
        Optional<List<String>> words = f.get().texts("words", true, 1, 100, MAX_TEXT);
        Optional<String> source = f.get().matching("source", true, TechniqueCatalogLoader.ID,
                "the id of a source listed in docs/safety.md");
        if (id.isEmpty() || name.isEmpty() || words.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AllergenFamily(id.get(), name.get(),
                words.get().stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList(), source.get()));
    }

    private static Optional<OilCatalog.Oil> oil(SourceNode node, String label, OilCatalog.Kind kind,
                                                Problems problems, Map<String, SourcePosition> ids,
                                                Map<String, SourcePosition> names,
                                                Map<String, AllergenFamily> families) {
        Optional<Fields> of = object(node, label, problems);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        f.allowOnly(OIL_FIELDS);
        Optional<String> id = id(f, problems, ids);
        Optional<String> name = f.text("name", true, MAX_TEXT);
        Optional<List<String>> aliases = f.has("aliases") ? f.texts("aliases", false, 0, 20, MAX_TEXT)
                : Optional.of(List.of());
        Optional<List<String>> familyIds = f.texts("families", true, 0, 20, 64);
        Optional<List<String>> cautions = f.has("cautions") ? f.texts("cautions", false, 0, 20, MAX_TEXT)
                : Optional.of(List.of());
        Optional<String> source = f.matching("source", true, TechniqueCatalogLoader.ID,
                "the id of a source listed in docs/safety.md");
        List<AllergenFamily> resolved = new ArrayList<>();
        if (familyIds.isPresent()) {
            SourceNode.ArrayNode array = (SourceNode.ArrayNode) f.node("families").orElseThrow();
            for (SourceNode item : array.items()) {
                String familyId = ((SourceNode.TextNode) item).value();
                AllergenFamily family = families.get(familyId);
                if (family == null) {
                    String hint = Suggestions.hint(familyId, families.keySet());
                    problems.error(item.position(), "unknown allergen family '" + familyId + "'" + f.where()
                            + (hint.isEmpty() ? "; add it to 'families' or correct the id" : hint));
                } else {
                    resolved.add(family);
                }
            }
        }
        name.ifPresent(n -> aliases.ifPresent(a -> {
            List<String> all = new ArrayList<>(a);
            all.add(0, n);
            for (String each : all) {
                String key = each.strip().toLowerCase(Locale.ROOT);
                SourcePosition first = names.putIfAbsent(key, f.positionOf("name"));
                if (first != null) {
                    problems.error(f.positionOf("name"), "the name '" + each + "'" + f.where()
                            + " is already used at " + first.line() + ":" + first.column()
                            + "; each oil name and alias may name one oil only");
                }
            }
        }));
        if (id.isEmpty() || name.isEmpty() || aliases.isEmpty() || familyIds.isEmpty() || cautions.isEmpty()
                || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OilCatalog.Oil(id.get(), name.get(), aliases.get(), kind, resolved, cautions.get(),
                source.get()));
    }

    private static Optional<Fields> object(SourceNode node, String label, Problems problems) {
        if (!(node instanceof SourceNode.ObjectNode object)) {
            problems.error(node.position(), label + " must be an object in { }, not " + node.describe());
            return Optional.empty();
        }
        String id = object.get("id").filter(SourceNode.TextNode.class::isInstance)
                .map(n -> " ('" + ((SourceNode.TextNode) n).value() + "')").orElse("");
        return Optional.of(new Fields(object, " in " + label + id, problems));
    }

    private static Optional<String> id(Fields f, Problems problems, Map<String, SourcePosition> ids) {
        Optional<String> id = f.matching("id", true, TechniqueCatalogLoader.ID, TechniqueCatalogLoader.ID_RULE);
        id.ifPresent(v -> {
            SourcePosition first = ids.putIfAbsent(v, f.positionOf("id"));
            if (first != null) {
                problems.error(f.positionOf("id"), "duplicate id '" + v + "'; it is already used at "
                        + first.line() + ":" + first.column() + ". Ids must be unique in an oils file");
            }
        });
        return id;
    }
}
