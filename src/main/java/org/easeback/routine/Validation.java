package org.easeback.routine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.easeback.storage.FileRead;
import org.easeback.storage.FolderListing;
import org.easeback.storage.StrictFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks files and folders the way {@code easeback validate} does: each file by its kind (routine, technique catalog,
 * receiver profile or JSON Schema), routines against the catalog beside them or else the bundled one.
 */
public final class Validation {

    private static final Logger LOG = LoggerFactory.getLogger(Validation.class);
    private static final String CATALOG_FILE = "techniques.json";
    private static final String OILS_FILE = OilCatalogLoader.FILE_NAME;

    /** What a run found. {@code pathProblems} are sentences about paths that could not be read at all. */
    public record Report(List<Diagnostic> diagnostics, int filesChecked, int filesWithErrors,
                         List<String> pathProblems) {
        public Report {
            diagnostics = List.copyOf(diagnostics);
            pathProblems = List.copyOf(pathProblems);
        }

        public boolean allValid() {
            return filesWithErrors == 0 && pathProblems.isEmpty();
        }

        /** The closing line: {@code N files checked, M with errors}. */
        public String summary() {
            return filesChecked + (filesChecked == 1 ? " file" : " files") + " checked, " + filesWithErrors
                    + " with errors";
        }
    }

    /**
     * Checks the tree of a receiver profile. Receivers belong to a layer above the format, so whoever runs a
     * validation passes their loader in (see docs/decisions/0003).
     */
    @FunctionalInterface
    public interface TreeCheck {
        LoadResult<?> fromTree(SourceNode.ObjectNode root, Problems problems);
    }

    private final Supplier<TechniqueCatalog> fallbackCatalog;
    private final List<RoutineRule> rules;
    private final TreeCheck receivers;
    private final Map<Path, Optional<TechniqueCatalog>> catalogs = new HashMap<>();
    private TechniqueCatalog fallback;
    private List<CatalogRule> catalogRules = List.of();
    private Path userCatalogFolder;
    private UserCatalogs userCatalogs;
    private TechniqueCatalog bundledCatalog;

    /**
     * Checks routines with no nearby catalog against {@code fallbackCatalog}, runs {@code rules} on them, and
     * checks receiver profiles with {@code receivers}.
     */
    public Validation(Supplier<TechniqueCatalog> fallbackCatalog, List<RoutineRule> rules, TreeCheck receivers) {
        this.fallbackCatalog = fallbackCatalog;
        this.rules = List.copyOf(rules);
        this.receivers = receivers;
    }

    /** Falls back on the bundled catalog (or none, if this build has none). */
    public static Validation withBundledCatalog(List<RoutineRule> rules, TreeCheck receivers) {
        return new Validation(() -> {
            try {
                return TechniqueCatalogLoader.bundled();
            } catch (RuntimeException | Error e) {
                LOG.warn("No bundled technique catalog: {}", e.getMessage());
                return TechniqueCatalog.empty();
            }
        }, rules, receivers);
    }

    /** Also checks every technique of the catalogs it meets with {@code rules}. Returns this validation. */
    public Validation withCatalogRules(List<CatalogRule> rules) {
        this.catalogRules = List.copyOf(rules);
        return this;
    }

    /**
     * Also checks catalogs with {@code rules}, and those in {@code folder} (the user's techniques) for ids that the
     * bundled catalog or another user catalog already has. Returns this validation.
     */
    public Validation withUserCatalogs(Path folder, TechniqueCatalog bundled, List<CatalogRule> rules) {
        this.catalogRules = List.copyOf(rules);
        this.userCatalogFolder = folder.toAbsolutePath().normalize();
        this.userCatalogs = UserCatalogs.load(folder, bundled, rules);
        this.bundledCatalog = bundled;
        return this;
    }

    /** Checks every path: files as given, folders recursively for *.json. Missing paths are reported, not thrown. */
    public Report run(List<Path> paths) {
        List<String> pathProblems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                pathProblems.add("cannot find '" + p + "'; check the path and try again");
            } else if (!Files.isReadable(p)) {
                pathProblems.add("cannot read '" + p + "'; check its permissions");
            }
        }
        if (!pathProblems.isEmpty()) {
            return new Report(List.of(), 0, 0, pathProblems);
        }
        Set<Path> seen = new LinkedHashSet<>();
        Map<Path, Path> rootOf = new HashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : jsonFiles(p, pathProblems)) {
                    if (seen.add(f.toAbsolutePath().normalize())) {
                        rootOf.put(f, p);
                    }
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                rootOf.put(p, p.toAbsolutePath().getParent());
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Path> routineIds = new HashMap<>();
        int checked = 0;
        int withErrors = 0;
        for (Map.Entry<Path, Path> e : rootOf.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Path::toString))).toList()) {
            Path file = e.getKey();
            FileRead read = StrictFileReader.within(e.getValue()).read(file, SourceLimits.MAX_FILE_BYTES);
            List<Diagnostic> found;
            if (read instanceof FileRead.Bytes b) {
                try {
                    found = check(file, b.bytes(), e.getValue(), routineIds);
                } catch (RuntimeException ex) {
                    LOG.error("Unexpected failure checking {}", file, ex);
                    found = List.of(Diagnostic.error(file, 1, 1, "could not be checked ("
                            + ex.getClass().getSimpleName() + "); please report it"));
                }
            } else {
                found = List.of(SourceReader.refusal((FileRead.Refused) read));
            }
            checked++;
            diagnostics.addAll(found);
            if (found.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
                withErrors++;
            }
        }
        return new Report(diagnostics, checked, withErrors, pathProblems);
    }

    /** Checks one file's content; {@code root} bounds the search for a catalog beside it. */
    public List<Diagnostic> check(Path file, byte[] bytes, Path root, Map<String, Path> routineIds) {
        String name = file.getFileName().toString();
        if (name.endsWith(".schema.json")) {
            return SchemaCheck.check(bytes, file);
        }
        SourceReader.Result source = SourceReader.read(bytes, file, guessKind(name, bytes));
        Problems problems = new Problems(file);
        problems.addAll(source.diagnostics());
        if (!source.parsed()) {
            return problems.sorted();
        }
        FileKind kind = kindOf(name, source.root());
        switch (kind) {
            case CATALOG -> {
                List<Diagnostic> found = new ArrayList<>(new TechniqueCatalogLoader(catalogRules)
                        .fromTree(source.root(), problems).diagnostics());
                Path here = file.toAbsolutePath().normalize();
                if (userCatalogFolder != null && here.startsWith(userCatalogFolder)) {
                    Map<String, Path> others = new HashMap<>();
                    userCatalogs.files().stream().filter(f -> !f.path().toAbsolutePath().normalize().equals(here))
                            .forEach(f -> f.techniques().forEach(t -> others.putIfAbsent(t.id(), f.path())));
                    found.addAll(UserCatalogs.clashes(bytes, file, bundledCatalog, others));
                }
                return found;
            }
            case RECEIVER -> {
                return receivers.fromTree(source.root(), problems).diagnostics();
            }
            case OILS -> {
                return new OilCatalogLoader().fromTree(source.root(), problems).diagnostics();
            }
            default -> {
                RoutineLoader loader = new RoutineLoader(catalogFor(file, root), rules);
                LoadResult<Routine> result = loader.fromTree(source.root(), problems);
                if (result instanceof LoadResult.Valid<Routine> valid) {
                    Path first = routineIds.putIfAbsent(valid.loaded().id(), file);
                    if (first != null) {
                        SourcePosition at = source.root().get("id").orElseThrow().position();
                        List<Diagnostic> out = new ArrayList<>(result.diagnostics());
                        out.add(Diagnostic.error(file, at.line(), at.column(),
                                RoutineLibrary.duplicateId(valid.loaded().id(), first)));
                        return out;
                    }
                }
                return result.diagnostics();
            }
        }
    }

    /** The kind a parsed file declares with "format", or that its name implies. */
    static FileKind kindOf(String name, SourceNode.ObjectNode root) {
        Optional<SourceNode> format = root.get("format");
        if (format.isPresent() && format.get() instanceof SourceNode.TextNode t) {
            if (t.value().equals(TechniqueCatalog.FORMAT)) {
                return FileKind.CATALOG;
            }
            if (t.value().equals(FileKind.RECEIVER.format())) {
                return FileKind.RECEIVER;
            }
            if (t.value().equals(OilCatalog.FORMAT)) {
                return FileKind.OILS;
            }
        }
        return name.equals(CATALOG_FILE) ? FileKind.CATALOG : name.equals(OILS_FILE) ? FileKind.OILS
                : FileKind.ROUTINE;
    }

    /** A guess from the raw text, so that a file too broken to parse is still described by its kind. */
    private static FileKind guessKind(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (name.equals(CATALOG_FILE) || head.contains(TechniqueCatalog.FORMAT)) {
            return FileKind.CATALOG;
        }
        if (name.equals(OILS_FILE) || head.contains(OilCatalog.FORMAT)) {
            return FileKind.OILS;
        }
        return head.contains(FileKind.RECEIVER.format()) ? FileKind.RECEIVER : FileKind.ROUTINE;
    }

    /** The valid techniques.json nearest above {@code file}, up to {@code root}; else the fallback catalog. */
    private TechniqueCatalog catalogFor(Path file, Path root) {
        Path stop = root.toAbsolutePath().normalize();
        Path dir = file.toAbsolutePath().normalize().getParent();
        while (dir != null) {
            Path candidate = dir.resolve(CATALOG_FILE);
            Optional<TechniqueCatalog> catalog = catalogs.computeIfAbsent(candidate, c -> Files.isRegularFile(c)
                    ? new TechniqueCatalogLoader(catalogRules).load(c).value() : Optional.empty());
            if (catalog.isPresent()) {
                return catalog.get();
            }
            if (dir.equals(stop) || !dir.startsWith(stop)) {
                break;
            }
            dir = dir.getParent();
        }
        if (fallback == null) {
            fallback = fallbackCatalog.get();
        }
        return fallback;
    }

    private static List<Path> jsonFiles(Path folder, List<String> pathProblems) {
        FolderListing.Listing listing = FolderListing.of(folder, 32, name -> name.endsWith(".json"));
        listing.unreadable().forEach(r -> pathProblems.add("'" + r.file() + "' " + r.what()));
        return listing.files();
    }
}
