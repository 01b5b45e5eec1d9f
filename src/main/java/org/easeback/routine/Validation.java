package org.easeback.routine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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

    private final Supplier<TechniqueCatalog> fallbackCatalog;
    private final List<RoutineRule> rules;
    private final List<CatalogRule> catalogRules;
    private final Map<Path, Optional<TechniqueCatalog>> catalogs = new HashMap<>();
    private TechniqueCatalog fallback;

    /** Checks routines with no nearby catalog against {@code fallbackCatalog}, and runs {@code rules} on them. */
    public Validation(Supplier<TechniqueCatalog> fallbackCatalog, List<RoutineRule> rules) {
        this(fallbackCatalog, rules, List.of());
    }

    /** Also checks every technique of the catalogs it meets with {@code catalogRules}. */
    public Validation(Supplier<TechniqueCatalog> fallbackCatalog, List<RoutineRule> rules,
                      List<CatalogRule> catalogRules) {
        this.fallbackCatalog = fallbackCatalog;
        this.rules = List.copyOf(rules);
        this.catalogRules = List.copyOf(catalogRules);
    }

    /** Falls back on the bundled catalog (or none, if this build has none). */
    public static Validation withBundledCatalog(List<RoutineRule> rules) {
        return withBundledCatalog(rules, List.of());
    }

    /** Falls back on the bundled catalog, and checks catalogs with {@code catalogRules}. */
    public static Validation withBundledCatalog(List<RoutineRule> rules, List<CatalogRule> catalogRules) {
        return new Validation(() -> {
            try {
                return TechniqueCatalogLoader.bundled();
            } catch (RuntimeException | Error e) {
                LOG.warn("No bundled technique catalog: {}", e.getMessage());
                return TechniqueCatalog.empty();
            }
        }, rules, catalogRules);
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
            List<Diagnostic> found;
            try {
                long size = Files.size(file);
                if (size > SourceLimits.MAX_FILE_BYTES) {
                    found = List.of(SourceReader.tooLarge(file, size));
                } else {
                    byte[] bytes;
                    try (InputStream in = Files.newInputStream(file)) {
                        bytes = in.readNBytes(SourceLimits.MAX_FILE_BYTES + 1);
                    }
                    found = check(file, bytes, e.getValue(), routineIds);
                }
            } catch (IOException ex) {
                pathProblems.add("cannot read '" + file + "' (" + ex.getClass().getSimpleName()
                        + "); check its permissions");
                continue;
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
                return new TechniqueCatalogLoader(catalogRules).fromTree(source.root(), problems).diagnostics();
            }
            case RECEIVER -> {
                return new ReceiverLoader().validate(source.root(), problems).diagnostics();
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
            if (t.value().equals(org.easeback.profile.Receiver.FORMAT)) {
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
        return head.contains(org.easeback.profile.Receiver.FORMAT) ? FileKind.RECEIVER : FileKind.ROUTINE;
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
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 32,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().endsWith(".json") && !attrs.isDirectory()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            pathProblems.add("cannot read '" + file + "'; check its permissions");
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            pathProblems.add("cannot read the folder '" + folder + "'; check its permissions");
        }
        return files;
    }
}
