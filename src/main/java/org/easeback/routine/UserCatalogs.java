package org.easeback.routine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own technique catalogs (the {@code *.json} files of the data folder's {@code techniques/}), merged with
 * the bundled catalog. A user technique may not reuse a bundled id or another user file's id; a file with any error
 * adds none of its techniques and is listed with its diagnostics.
 *
 * @param merged the bundled techniques, then the user's, in file order
 * @param files  every user catalog file, with what it added or why it added nothing
 */
public record UserCatalogs(TechniqueCatalog merged, List<File> files) {

    /** The most user catalog files read; the rest are reported. */
    public static final int MAX_FILES = 200;

    public UserCatalogs {
        files = List.copyOf(files);
    }

    /** One user catalog file. */
    public record File(Path path, List<Technique> techniques, List<Diagnostic> diagnostics) {
        public File {
            techniques = List.copyOf(techniques);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean valid() {
            return diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
    }

    /** The user catalogs in {@code folder} (missing: none) merged onto {@code bundled}, checked with {@code rules}. */
    public static UserCatalogs load(Path folder, TechniqueCatalog bundled, List<CatalogRule> rules) {
        List<File> files = new ArrayList<>();
        List<Technique> merged = new ArrayList<>(bundled.techniques());
        Map<String, Path> userIds = new HashMap<>();
        TechniqueCatalogLoader loader = new TechniqueCatalogLoader(rules);
        for (Path file : catalogFiles(folder, files)) {
            SourceReader.Result source = SourceReader.readFile(file, FileKind.CATALOG);
            LoadResult<TechniqueCatalog> loaded = source.load(file, loader::fromTree);
            List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
            if (loaded.value().isPresent()) {
                diagnostics.addAll(clashes(source.root(), file, bundled, userIds));
            }
            boolean ok = diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
            List<Technique> added = ok ? loaded.value().orElseThrow().techniques() : List.of();
            added.forEach(t -> userIds.put(t.id(), file));
            merged.addAll(added);
            files.add(new File(file, added, diagnostics));
        }
        return new UserCatalogs(new TechniqueCatalog(merged), files);
    }

    /** Only the bundled catalog. */
    public static UserCatalogs none(TechniqueCatalog bundled) {
        return new UserCatalogs(bundled, List.of());
    }

    /** The user techniques, without the bundled ones. */
    public List<Technique> userTechniques() {
        return files.stream().flatMap(f -> f.techniques().stream()).toList();
    }

    /** The files that added nothing because of an error. */
    public List<File> broken() {
        return files.stream().filter(f -> !f.valid()).toList();
    }

    /**
     * An error for each technique of a parsed catalog whose id is bundled or in {@code userIds}, the ids of the user's
     * other catalog files; for {@code validate} and the studio, which check one user catalog at a time.
     */
    public static List<Diagnostic> clashes(byte[] bytes, Path file, TechniqueCatalog bundled,
                                           Map<String, Path> userIds) {
        SourceReader.Result source = SourceReader.read(bytes, file, FileKind.CATALOG);
        return source.parsed() ? clashes(source.root(), file, bundled, userIds) : List.of();
    }

    private static List<Diagnostic> clashes(SourceNode.ObjectNode root, Path file, TechniqueCatalog bundled,
                                            Map<String, Path> userIds) {
        List<Diagnostic> out = new ArrayList<>();
        Optional<SourceNode> list = root.get("techniques");
        if (list.isEmpty() || !(list.get() instanceof SourceNode.ArrayNode array)) {
            return out;
        }
        for (SourceNode item : array.items()) {
            if (!(item instanceof SourceNode.ObjectNode o)
                    || !(o.get("id").orElse(null) instanceof SourceNode.TextNode id)) {
                continue;
            }
            Path other = userIds.get(id.value());
            if (bundled.find(id.value()).isPresent()) {
                out.add(Diagnostic.error(file, id.position().line(), id.position().column(), "technique id '"
                        + id.value() + "' is a bundled technique; a technique of your own may not replace a bundled "
                        + "one, so give it its own id, such as 'my-" + id.value() + "'"));
            } else if (other != null) {
                out.add(Diagnostic.error(file, id.position().line(), id.position().column(), "technique id '"
                        + id.value() + "' is already used by " + other + "; ids must be unique across your "
                        + "technique catalogs, so give this technique its own id"));
            }
        }
        return out;
    }

    private static List<Path> catalogFiles(Path folder, List<File> problems) {
        List<Path> found = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            for (Path p : dir) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.toString().endsWith(".schema.json")) {
                    found.add(p);
                } else if (!Files.isDirectory(p)) {
                    problems.add(new File(p, List.of(), List.of(Diagnostic.error(p, 1, 1, "this is not a plain "
                            + "file (a link or a device); put the catalog itself in the techniques folder"))));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new File(folder, List.of(), List.of(Diagnostic.error(folder, 1, 1,
                    "cannot read the techniques folder; check its permissions"))));
        }
        found.sort(java.util.Comparator.comparing(Path::toString));
        if (found.size() > MAX_FILES) {
            problems.add(new File(folder, List.of(), List.of(Diagnostic.error(folder, 1, 1, "the techniques folder "
                    + "holds " + found.size() + " catalogs; only the first " + MAX_FILES + " were read. Merge them "
                    + "into fewer files"))));
            return found.subList(0, MAX_FILES);
        }
        return found;
    }
}
