package org.easeback.studio.share;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.PrettyJson;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineWriter;
import org.easeback.routine.Step;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueWriter;

/**
 * Writes a routine as one shared file ({@code easeback-share/1}): the routine, the techniques of the user's own that
 * it uses, and its pictures embedded, renamed {@code images/NAME.png} so that they land beside it on import.
 */
public final class ShareExport {

    private ShareExport() {
    }

    /** Why a routine cannot be shared, as a sentence. */
    public static final class ShareException extends IOException {
        private static final long serialVersionUID = 1L;

        public ShareException(String message) {
            super(message);
        }
    }

    /** The shared file for the routine {@code id} of {@code library}, whose bundled techniques are {@code bundled}. */
    public static byte[] export(RoutineLibrary library, String id, TechniqueCatalog bundled) throws IOException {
        Optional<RoutineLibrary.Entry.Ready> entry = library.entries().stream()
                .filter(e -> e instanceof RoutineLibrary.Entry.Ready r && r.routine().id().equals(id))
                .map(RoutineLibrary.Entry.Ready.class::cast).findFirst();
        if (entry.isEmpty()) {
            throw new ShareException("there is no routine '" + SharedPicture.printable(id) + "' that loads without "
                    + "errors; check the id with 'easeback validate', or fix the routine first");
        }
        Routine routine = entry.get().routine();
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> images = new LinkedHashMap<>();
        collect(routine.steps(), used, images);
        ObjectNode share = PrettyJson.object();
        share.put("format", ShareFormat.FORMAT);
        Map<String, String> named = names(images);
        ObjectNode tree = new RoutineWriter().tree(routine);
        rename(tree.get("steps"), images);
        share.set("routine", tree);
        ArrayNode techniques = share.putArray("techniques");
        for (String t : used) {
            if (bundled.find(t).isEmpty()) {
                techniques.add(TechniqueWriter.tree(library.catalog().find(t).orElseThrow()));
            }
        }
        ArrayNode pictures = share.putArray("pictures");
        Path folder = entry.get().file().toAbsolutePath().getParent();
        for (Map.Entry<String, String> image : named.entrySet()) {
            byte[] png = picture(folder, image.getKey());
            pictures.addObject().put("name", image.getValue()).put("png", Base64.getEncoder().encodeToString(png));
        }
        byte[] bytes = PrettyJson.write(share);
        if (bytes.length > ShareFormat.MAX_BYTES) {
            throw new ShareException("the shared file would be " + bytes.length + " bytes, more than the 16 MiB a "
                    + "shared routine may have; use smaller pictures");
        }
        return bytes;
    }

    private static void collect(List<Step> steps, Set<String> techniques, Map<String, String> images) {
        for (Step s : steps) {
            if (s instanceof Step.Technique t) {
                techniques.add(t.technique());
            } else if (s instanceof Step.SoreSpots t) {
                techniques.add(t.technique());
            } else if (s instanceof Step.Setup t && t.image().isPresent()) {
                images.put(t.image().get(), "");
            } else if (s instanceof Step.Oil t && t.image().isPresent()) {
                images.put(t.image().get(), "");
            } else if (s instanceof Step.Repeat r) {
                collect(r.steps(), techniques, images);
            }
        }
    }

    /** Each image path → a plain picture name, unique in the shared file. */
    private static Map<String, String> names(Map<String, String> images) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (String path : images.keySet()) {
            String base = Path.of(path).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "-")
                    .replaceAll("^[^A-Za-z0-9]+", "");
            String stem = base.toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                    ? base.substring(0, base.length() - 4) : base;
            stem = stem.isEmpty() ? "picture" : stem.substring(0, Math.min(stem.length(), 50));
            String name = stem + ".png";
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = stem + "-" + n + ".png";
            }
            out.put(path, name);
        }
        images.replaceAll((k, v) -> out.get(k));
        return out;
    }

    private static void rename(com.fasterxml.jackson.databind.JsonNode steps, Map<String, String> images) {
        for (com.fasterxml.jackson.databind.JsonNode s : steps) {
            ObjectNode step = (ObjectNode) s;
            if (step.has("image")) {
                step.put("image", ShareFormat.PICTURE_FOLDER + "/" + images.get(step.get("image").asText()));
            }
            if (step.has("steps")) {
                rename(step.get("steps"), images);
            }
        }
    }

    private static byte[] picture(Path folder, String image) throws IOException {
        Path file = org.easeback.routine.PicturePaths.resolve(folder, image);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ShareException("the picture '" + image + "' was not found at " + file + "; add it, or remove "
                    + "it from the routine");
        }
        if (Files.size(file) > SharedPicture.MAX_BYTES) {
            throw new ShareException("the picture '" + image + "' is larger than 4 MiB; use a smaller picture");
        }
        byte[] png = Files.readAllBytes(file);
        Optional<String> problem = SharedPicture.pngProblem(image, png);
        if (problem.isPresent()) {
            throw new ShareException(problem.get());
        }
        return png;
    }
}
