package org.easeback.studio.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.routine.PrettyJson;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.RoutineWriter;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.TechniqueWriter;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;

/**
 * Checks a shared file ({@code easeback-share/1}) against a data folder and plans its import: everything is checked
 * (size, structure, pictures, techniques with every catalog rule, the routine with every routine rule) before anything
 * is written, and a clash of ids keeps both, renaming the imported one ({@code id-2}) and rewriting its references.
 */
public final class ShareImport {

    private ShareImport() {
    }

    /** Reads and checks {@code bytes}, the content of {@code shareFile}, for import into {@code data}. */
    public static ImportCheck check(byte[] bytes, Path shareFile, DataDirectory data) {
        ShareReader.Read read = ShareReader.read(bytes, shareFile);
        if (read instanceof ShareReader.Read.Refused refused) {
            return refusedWith(refused.diagnostics());
        }
        SharedContent content = ((ShareReader.Read.Content) read).content();
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        return new Planning(shareFile, data, library, content).plan();
    }

    /** The state of planning one import. */
    private static final class Planning {
        private final Path shareFile;
        private final DataDirectory data;
        private final RoutineLibrary library;
        private final SharedContent content;
        private final List<ImportPlan.Clash> clashes = new ArrayList<>();
        private final List<ImportPlan.PlannedFile> files = new ArrayList<>();
        private final Set<Path> claimed = new HashSet<>();

        Planning(Path shareFile, DataDirectory data, RoutineLibrary library, SharedContent content) {
            this.shareFile = shareFile;
            this.data = data;
            this.library = library;
            this.content = content;
        }

        ImportCheck plan() {
            ObjectNode catalog = PrettyJson.object();
            catalog.put("format", TechniqueCatalog.FORMAT);
            content.techniques().forEach(catalog.putArray("techniques")::add);
            List<Technique> shared = List.of();
            if (!content.techniques().isEmpty()) {
                LoadResult<TechniqueCatalog> loaded = new TechniqueCatalogLoader(CatalogSafety.rules())
                        .load(PrettyJson.write(catalog), inShare("techniques.json"));
                if (loaded.value().isEmpty()) {
                    return refusedWith(loaded.diagnostics());
                }
                shared = loaded.value().get().techniques();
            }
            Map<String, String> techniqueIds = techniques(shared);
            Map<String, String> pictureNames;
            try {
                pictureNames = pictures();
            } catch (IOException e) {
                return refused("cannot read the routines' pictures folder (" + e.getClass().getSimpleName()
                        + "); check its permissions");
            }
            ObjectNode routine = content.routine();
            List<String> problems = new ArrayList<>();
            rewrite(routine.get("steps"), techniqueIds, pictureNames, problems);
            if (!problems.isEmpty()) {
                return refusedWith(problems.stream().map(p -> Diagnostic.error(shareFile, 1, 1, p)).toList());
            }
            List<Technique> all = new ArrayList<>(library.catalog().techniques());
            shared.stream().filter(t -> !techniqueIds.get(t.id()).isEmpty())
                    .forEach(t -> all.add(renamed(t, techniqueIds.get(t.id()))));
            LoadResult<Routine> loaded = new RoutineLoader(new TechniqueCatalog(all), SafetyRoutineRules.all())
                    .load(PrettyJson.write(routine), inShare("routine.json"));
            if (loaded.value().isEmpty()) {
                return refusedWith(loaded.diagnostics());
            }
            Routine r = loaded.value().get();
            List<ImportPlan.PlannedFile> shared0 = List.copyOf(files);
            List<ImportPlan.Clash> clashes0 = List.copyOf(clashes);
            Optional<RoutineLibrary.Entry> same = library.entries().stream()
                    .filter(e -> e instanceof RoutineLibrary.Entry.Ready ready && ready.routine().id().equals(r.id()))
                    .findFirst();
            if (same.isEmpty()) {
                return new ImportCheck.Ready(plan(r, r.id(), shared0, clashes0, null), Optional.empty());
            }
            String newId = free(r.id(), library.routines().stream().map(Routine::id).collect(
                    java.util.stream.Collectors.toSet()));
            List<ImportPlan.Clash> renamedClashes = new ArrayList<>(clashes0);
            renamedClashes.add(new ImportPlan.Clash(ImportPlan.Clash.Kind.ROUTINE, r.id(), newId,
                    same.get().file().toString()));
            ImportPlan keepBoth = plan(r, newId, shared0, renamedClashes, null);
            Optional<ImportPlan> replace = Optional.empty();
            if (same.get().origin() == RoutineLibrary.Origin.USER) {
                List<ImportPlan.Clash> replacing = new ArrayList<>(clashes0);
                replacing.add(new ImportPlan.Clash(ImportPlan.Clash.Kind.ROUTINE, r.id(), r.id(),
                        same.get().file().toString()));
                replace = Optional.of(plan(r, r.id(), shared0, replacing, same.get().file()));
            }
            return new ImportCheck.Ready(keepBoth, replace);
        }

        private ImportPlan plan(Routine r, String id, List<ImportPlan.PlannedFile> before, List<ImportPlan.Clash> c,
                                Path replacing) {
            Routine named = new Routine(id, r.title(), r.summary(), r.author(), r.language(), r.audience(), r.level(),
                    r.equipment(), r.checkInEverySeconds(), r.steps());
            List<ImportPlan.PlannedFile> all = new ArrayList<>(before);
            Path target = replacing != null ? replacing : freeFile(data.routines(), id, ".json");
            all.add(new ImportPlan.PlannedFile(target, new RoutineWriter().write(named), replacing != null));
            return new ImportPlan(id, r.title(), c, all);
        }

        /** Shared id → id it is imported as, or "" when the same technique is already there. */
        private Map<String, String> techniques(List<Technique> shared) {
            Map<String, String> ids = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>(library.catalog().ids());
            for (Technique t : shared) {
                Optional<Technique> existing = library.catalog().find(t.id());
                if (existing.isPresent() && TechniqueWriter.tree(existing.get()).equals(TechniqueWriter.tree(t))) {
                    ids.put(t.id(), "");
                    continue;
                }
                String id = existing.isPresent() ? free(t.id(), taken) : t.id();
                taken.add(id);
                ids.put(t.id(), id);
                if (existing.isPresent()) {
                    clashes.add(new ImportPlan.Clash(ImportPlan.Clash.Kind.TECHNIQUE, t.id(), id,
                            "technique '" + existing.get().name() + "'"));
                }
                files.add(new ImportPlan.PlannedFile(freeFile(data.techniques(), id, ".json"),
                        TechniqueWriter.write(List.of(renamed(t, id))), false));
            }
            return ids;
        }

        /** Shared name → the name it is saved under in the routines' picture folder. */
        private Map<String, String> pictures() throws IOException {
            Map<String, String> names = new HashMap<>();
            Path folder = data.routines().resolve(ShareFormat.PICTURE_FOLDER);
            for (SharedPicture p : content.pictures()) {
                Path existing = folder.resolve(p.name());
                if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(existing) == p.png().length
                        && Arrays.equals(Files.readAllBytes(existing), p.png())) {
                    names.put(p.name(), p.name());
                    continue;
                }
                String stem = p.name().substring(0, p.name().length() - ".png".length());
                Path target = freeFile(folder, stem, ".png");
                String saved = target.getFileName().toString();
                if (!saved.equals(p.name())) {
                    clashes.add(new ImportPlan.Clash(ImportPlan.Clash.Kind.PICTURE, p.name(), saved,
                            existing.toString()));
                }
                names.put(p.name(), saved);
                files.add(new ImportPlan.PlannedFile(target, p.png(), false));
            }
            return names;
        }

        /** Points technique references at their imported ids and images at the imported pictures. */
        private void rewrite(JsonNode steps, Map<String, String> techniques, Map<String, String> pictures,
                             List<String> problems) {
            if (steps == null || !steps.isArray()) {
                return;
            }
            for (JsonNode s : steps) {
                if (!(s instanceof ObjectNode step)) {
                    continue;
                }
                JsonNode t = step.get("technique");
                if (t != null && t.isTextual() && techniques.containsKey(t.asText())
                        && !techniques.get(t.asText()).isEmpty()) {
                    step.put("technique", techniques.get(t.asText()));
                }
                JsonNode image = step.get("image");
                if (image != null && image.isTextual()) {
                    String prefix = ShareFormat.PICTURE_FOLDER + "/";
                    String shared = image.asText().startsWith(prefix) ? image.asText().substring(prefix.length()) : "";
                    if (pictures.containsKey(shared)) {
                        step.put("image", prefix + pictures.get(shared));
                    } else {
                        problems.add("image '" + SharedPicture.printable(image.asText()) + "' is not among the "
                                + "pictures of the shared file; a shared routine names its pictures as \"" + prefix
                                + "NAME.png\"");
                    }
                }
                rewrite(step.get("steps"), techniques, pictures, problems);
            }
        }

        /** {@code folder/stem+ext}, or {@code stem-2+ext} and so on, that neither exists nor is planned. */
        private Path freeFile(Path folder, String stem, String ext) {
            for (int n = 1; ; n++) {
                Path p = folder.resolve((n == 1 ? stem : suffixed(stem, n)) + ext);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && claimed.add(p)) {
                    return p;
                }
            }
        }

        /**
         * How diagnostics name a part of the shared file: {@code FILE/routine.json}, its lines and columns those of
         * the part as it will be saved. Never a folder on disk, so nothing beside the shared file is looked at.
         */
        private Path inShare(String part) {
            return shareFile.resolve(part);
        }

        private ImportCheck refused(String message) {
            return new ImportCheck.Refused(List.of(Diagnostic.error(shareFile, 1, 1, message)));
        }
    }

    /** {@code id}, or {@code id-2}, {@code id-3} ... that is not in {@code taken}, within the 64-character limit. */
    static String free(String id, Set<String> taken) {
        for (int n = 2; ; n++) {
            String candidate = suffixed(id, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String suffixed(String id, int n) {
        String suffix = "-" + n;
        return (id.length() + suffix.length() > 64 ? id.substring(0, 64 - suffix.length()) : id) + suffix;
    }

    private static Technique renamed(Technique t, String id) {
        return new Technique(id, t.name(), t.instructions(), t.pressure(), t.maxPressure(), t.works(), t.avoids(),
                t.level(), t.levelReason(), t.audience(), t.equipment(), t.strokesPerMinute(), t.diagram());
    }

    /** The diagnostics with any control character shown as \\uXXXX: shared files come from strangers. */
    static ImportCheck.Refused refusedWith(List<Diagnostic> diagnostics) {
        // The refusal names what refused it; warnings stand beside a refusal only when nothing else is wrong.
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        List<Diagnostic> shown = errors.isEmpty() ? diagnostics : errors;
        return new ImportCheck.Refused(shown.stream().map(d -> new Diagnostic(d.file(), d.line(), d.column(),
                d.severity(), SharedPicture.printable(d.message()))).toList());
    }
}
