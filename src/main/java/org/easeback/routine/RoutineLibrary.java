package org.easeback.routine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FileRead;
import org.easeback.storage.FolderListing;
import org.easeback.storage.StrictFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every routine the app can offer: the bundled ones (inside the jar, or the {@code routines/} folder when run from
 * the sources) and the user's own folder. A broken file is listed with its diagnostics and never hides the others.
 * Loading reads files: call it off the UI thread.
 */
public final class RoutineLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineLibrary.class);
    private static final String CATALOG_FILE = "techniques.json";

    /** Where a routine came from. */
    public enum Origin {
        BUNDLED,
        USER
    }

    /** One routine file in the library: ready to run, or broken with what is wrong. */
    public sealed interface Entry {
        Path file();

        Origin origin();

        /** A routine that loaded without errors. */
        record Ready(Path file, Origin origin, Routine routine) implements Entry {
        }

        /** A file that could not be loaded, with every diagnostic. */
        record Broken(Path file, Origin origin, List<Diagnostic> diagnostics) implements Entry {
            public Broken {
                diagnostics = List.copyOf(diagnostics);
            }
        }
    }

    private final TechniqueCatalog catalog;
    private final List<Entry> entries;

    private RoutineLibrary(TechniqueCatalog catalog, List<Entry> entries) {
        this.catalog = catalog;
        this.entries = List.copyOf(entries);
    }

    /** The bundled routines and the routines in {@code userFolder} (which need not exist), checked with {@code rules}. */
    public static RoutineLibrary load(Path userFolder, List<RoutineRule> rules) {
        return load(bundledFolder().orElse(null), userFolder, rules);
    }

    /**
     * Routines from {@code bundledFolder} (its {@code techniques.json} is the catalog; null for none) and from
     * {@code userFolder} (null or missing for none).
     */
    public static RoutineLibrary load(Path bundledFolder, Path userFolder, List<RoutineRule> rules) {
        return load(bundledFolder, userFolder, null, rules, List.of());
    }

    /**
     * The bundled routines and the user's routines of {@code data}, with the user's technique catalogs of
     * {@code data.techniques()} merged onto the bundled one and checked with {@code catalogRules}; a broken user
     * catalog is listed like a broken routine.
     */
    public static RoutineLibrary load(DataDirectory data, List<RoutineRule> rules, List<CatalogRule> catalogRules) {
        return load(bundledFolder().orElse(null), data.routines(), data.techniques(), rules, catalogRules);
    }

    /** As {@link #load(Path, Path, List)}, with the user catalogs of {@code userCatalogFolder} (null for none). */
    public static RoutineLibrary load(Path bundledFolder, Path userFolder, Path userCatalogFolder,
                                      List<RoutineRule> rules, List<CatalogRule> catalogRules) {
        List<Entry> entries = new ArrayList<>();
        TechniqueCatalog catalog = TechniqueCatalog.empty();
        if (bundledFolder != null) {
            Path catalogFile = bundledFolder.resolve(CATALOG_FILE);
            LoadResult<TechniqueCatalog> loaded = new TechniqueCatalogLoader().load(catalogFile);
            if (loaded.value().isPresent()) {
                catalog = loaded.value().get();
            } else {
                LOG.error("The bundled technique catalog is broken: {}", loaded.diagnostics());
                entries.add(new Entry.Broken(catalogFile, Origin.BUNDLED, loaded.diagnostics()));
            }
        }
        UserCatalogs user = UserCatalogs.load(userCatalogFolder, catalog, catalogRules);
        catalog = user.merged();
        user.broken().forEach(f -> entries.add(new Entry.Broken(f.path(), Origin.USER, f.diagnostics())));
        RoutineLoader loader = new RoutineLoader(catalog, rules);
        Map<String, Path> ids = new HashMap<>();
        if (bundledFolder != null) {
            loadFolder(bundledFolder, Origin.BUNDLED, loader, ids, entries);
        }
        if (userFolder != null && Files.isDirectory(userFolder)) {
            loadFolder(userFolder, Origin.USER, loader, ids, entries);
        }
        return new RoutineLibrary(catalog, entries);
    }

    public TechniqueCatalog catalog() {
        return catalog;
    }

    /** Every routine file, bundled first, each folder in path order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The routines that loaded. */
    public List<Routine> routines() {
        return entries.stream().filter(Entry.Ready.class::isInstance).map(e -> ((Entry.Ready) e).routine()).toList();
    }

    /** The files that did not load. */
    public List<Entry.Broken> broken() {
        return entries.stream().filter(Entry.Broken.class::isInstance).map(Entry.Broken.class::cast).toList();
    }

    public Optional<Routine> find(String id) {
        return routines().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The folder holding the bundled routines, in the jar or on disk; empty if none ships with this build. */
    public static Optional<Path> bundledFolder() {
        URL url = RoutineLibrary.class.getClassLoader().getResource("routines/" + CATALOG_FILE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return Optional.of(fs.getPath("/routines"));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            LOG.error("Cannot open the bundled routines at {}", url, e);
            return Optional.empty();
        }
    }

    /** The routine files in {@code folder} and its sub-folders: *.json, except catalogs, oils and schemas. */
    static FolderListing.Listing routineFiles(Path folder) {
        return FolderListing.of(folder, 8, name -> name.endsWith(".json") && !name.endsWith(".schema.json")
                && !name.equals(CATALOG_FILE)
                && !name.equals(OilCatalogLoader.FILE_NAME));
    }

    private static void loadFolder(Path folder, Origin origin, RoutineLoader loader, Map<String, Path> ids,
                                   List<Entry> entries) {
        FolderListing.Listing listing = routineFiles(folder);
        StrictFileReader files = StrictFileReader.within(folder);
        for (Path file : listing.files()) {
            entries.add(loadOne(file, origin, loader, ids, files));
        }
        for (FileRead.Refused p : listing.unreadable()) {
            entries.add(new Entry.Broken(p.file(), origin, List.of(SourceReader.refusal(p))));
        }
    }

    private static Entry loadOne(Path file, Origin origin, RoutineLoader loader, Map<String, Path> ids,
                                 StrictFileReader files) {
        SourceReader.Result source = SourceReader.readFile(file, FileKind.ROUTINE, files);
        LoadResult<Routine> result;
        try {
            result = loader.fromSource(source, file);
        } catch (RuntimeException e) {
            // One file must never keep the others, or the bundled routines, from loading.
            LOG.error("Unexpected failure loading {}", file, e);
            return new Entry.Broken(file, origin, List.of(Diagnostic.error(file, 1, 1, "could not be loaded ("
                    + e.getClass().getSimpleName() + "); please report it")));
        }
        if (result instanceof LoadResult.Valid<Routine> valid) {
            Routine routine = valid.loaded();
            Path first = ids.putIfAbsent(routine.id(), file);
            if (first != null) {
                SourcePosition at = source.root().get("id").map(SourceNode::position).orElse(new SourcePosition(1, 1));
                return new Entry.Broken(file, origin, List.of(Diagnostic.error(file, at.line(), at.column(),
                        duplicateId(routine.id(), first))));
            }
            return new Entry.Ready(file, origin, routine);
        }
        return new Entry.Broken(file, origin, result.diagnostics());
    }

    /** The diagnostic for a routine id that {@code first} already uses. */
    public static String duplicateId(String id, Path first) {
        return "routine id '" + id + "' is already used by " + first + "; ids must be unique within a library, "
                + "so give this routine its own id";
    }
}
