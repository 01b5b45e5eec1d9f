package org.easeback.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.SafetyRoutineRules;

/** Drafts and loaders the studio tests share. */
final class StudioFixtures {

    static final Path ROUTINES = Path.of("routines");

    private StudioFixtures() {
    }

    static TechniqueCatalog catalog() {
        return new TechniqueCatalogLoader().load(ROUTINES.resolve("techniques.json")).value().orElseThrow();
    }

    static RoutineLoader loader() {
        return new RoutineLoader(catalog(), SafetyRoutineRules.all());
    }

    static List<Path> bundledRoutines() {
        try (Stream<Path> files = Files.list(ROUTINES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoutineDraft open(Path file) {
        try {
            return ((DraftReader.Opening.Opened) DraftReader.read(Files.readAllBytes(file), file)).draft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A draft of a broken file: wrong types, unknown fields and kinds, an empty repeat. */
    static RoutineDraft broken() {
        String text = """
                {"format": "easeback-routine/1", "id": "Bad Id", "title": 7, "audience": "partner", "colour": "red",
                 "safety": {"checkInEverySeconds": 600, "extra": 1},
                 "steps": [{"kind": "technique", "technique": "thumb-glid", "seconds": true, "secnds": 4},
                           {"kind": "stretch", "title": "x"},
                           {"kind": "repeat", "times": 1, "steps": []}]}
                """;
        return ((DraftReader.Opening.Opened) DraftReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Path.of("broken.json"))).draft();
    }

    /** The bundled routines' drafts, then the broken one. */
    static RoutineDraft draft(int which) {
        List<Path> files = bundledRoutines();
        return which < files.size() ? open(files.get(which)) : broken();
    }

    static RoutineDraft partnerShort() {
        return open(ROUTINES.resolve("partner-short.json"));
    }

    static String text(RoutineDraft draft) {
        return new String(DraftWriter.write(draft), StandardCharsets.UTF_8);
    }
}
