package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.UserCatalogs;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User catalogs: merged with the bundled one, never shadowing it, and held to every catalog safety rule. */
class UserCatalogsTest {

    static String technique(String id, String instruction, String path) {
        return """
                {"id": "%s", "name": "Palm press", "audience": "partner", "level": "home",
                 "levelReason": "Gentle and on the muscles.", "pressure": "gentle", "maxPressure": "moderate",
                 "strokesPerMinute": 10, "works": ["lower-back"], "avoids": ["spine"],
                 "instructions": ["%s"],
                 "diagram": {"motion": "glide", "hands": [{"x": 0.3, "y": 0.5}], "path": %s}}
                """.formatted(id, instruction, path);
    }

    static String catalog(String... techniques) {
        return "{\"format\": \"easeback-techniques/1\", \"techniques\": [" + String.join(",", techniques) + "]}";
    }

    static final String SAFE_PATH = "[{\"x\": 0.3, \"y\": 0.6}, {\"x\": 0.3, \"y\": 0.3}]";

    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private static UserCatalogs load(Path folder) {
        return UserCatalogs.load(folder, TechniqueCatalogLoader.bundled(), CatalogSafety.rules());
    }

    @Test
    void theBundledCatalogPassesEveryCatalogSafetyRule() {
        assertThat(new TechniqueCatalogLoader(CatalogSafety.rules()).load(Path.of("routines/techniques.json"))
                .diagnostics()).isEmpty();
    }

    @Test
    void userTechniquesComeAfterTheBundledOnes(@TempDir Path dir) throws IOException {
        write(dir, "mine.json", catalog(technique("palm-press", "Press gently with the palm.", SAFE_PATH)));
        UserCatalogs user = load(dir);
        assertThat(user.broken()).isEmpty();
        assertThat(user.merged().ids()).startsWith(TechniqueCatalogLoader.bundled().ids().toArray(String[]::new))
                .endsWith("palm-press");
        assertThat(user.userTechniques()).extracting(t -> t.id()).containsExactly("palm-press");
    }

    @Test
    void anIdMayNotShadowABundledOneOrAnotherUserFiles(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.json", catalog(technique("palm-press", "Press gently.", SAFE_PATH)));
        Path b = write(dir, "b.json", catalog(technique("thumb-glide", "Press gently.", SAFE_PATH)));
        Path c = write(dir, "c.json", catalog(technique("palm-press", "Press gently.", SAFE_PATH)));
        UserCatalogs user = load(dir);
        assertThat(user.merged().find("thumb-glide").orElseThrow().name()).isEqualTo("Thumb glide");
        assertThat(user.broken()).extracting(UserCatalogs.File::path).containsExactly(b, c);
        assertThat(user.broken().get(0).diagnostics()).extracting(Diagnostic::format).containsExactly(b
                + ":1:59: error: technique id 'thumb-glide' is a bundled technique; a technique of your own may not "
                + "replace a bundled one, so give it its own id, such as 'my-thumb-glide'");
        assertThat(user.broken().get(1).diagnostics()).extracting(Diagnostic::message).containsExactly(
                "technique id 'palm-press' is already used by " + a + "; ids must be unique across your technique "
                        + "catalogs, so give this technique its own id");
    }

    @Test
    void aDiagramOnTheSpineOrABoneAndDirectEssentialOilAreRefused(@TempDir Path dir) throws IOException {
        Path spine = write(dir, "spine.json", catalog(technique("spine-glide", "Press gently.",
                "[{\"x\": 0.3, \"y\": 0.5}, {\"x\": 0.5, \"y\": 0.5}]")));
        Path bone = write(dir, "bone.json", catalog(technique("hip-press", "Press gently.",
                "[{\"x\": 0.3, \"y\": 0.5}, {\"x\": 0.05, \"y\": 0.95}]")));
        Path oil = write(dir, "oil.json", catalog(technique("oil-press",
                "Apply lavender essential oil directly to the skin.", SAFE_PATH)));
        UserCatalogs user = load(dir);
        assertThat(user.broken()).hasSize(3);
        assertThat(user.merged().find("spine-glide")).isEmpty();
        assertThat(messages(user, spine)).singleElement().asString()
                .startsWith("the diagram of technique 'spine-glide' puts pressure on the spine: the stroke touches the spine");
        assertThat(messages(user, bone)).singleElement().asString()
                .startsWith("the diagram of technique 'hip-press' touches the ");
        assertThat(messages(user, oil)).singleElement().asString()
                .contains("tells the giver to put essential oil directly on the skin");
    }

    @Test
    void hostileEntriesInTheFolderAreReportedNotOpened(@TempDir Path dir) throws Exception {
        write(dir, "ok.json", catalog(technique("palm-press", "Press gently.", SAFE_PATH)));
        Path fifo = dir.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Files.createSymbolicLink(dir.resolve("link.json"), Path.of("/etc/passwd"));
        write(dir, "junk.json", "{\"format\": \"easeback-techniques/1\", \"techniques\": [1]} trailing");
        UserCatalogs user = load(dir);
        assertThat(user.userTechniques()).extracting(t -> t.id()).containsExactly("palm-press");
        assertThat(user.broken()).extracting(f -> f.path().getFileName().toString())
                .containsExactlyInAnyOrder("pipe.json", "link.json", "junk.json");
    }

    @Test
    void theLibraryPlansAUserRoutineThatUsesAUserTechnique(@TempDir Path root) throws IOException {
        DataDirectory data = new DataDirectory(root);
        write(data.techniques(), "mine.json", catalog(technique("palm-press", "Press gently.", SAFE_PATH)));
        write(data.routines(), "r.json", routineUsing("palm-press"));
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        assertThat(library.broken()).isEmpty();
        assertThat(library.find("mine")).isPresent();
        assertThat(library.catalog().find("palm-press")).isPresent();
    }

    @Test
    void aBrokenUserCatalogIsListedInTheLibraryAndItsRoutinesSayWhy(@TempDir Path root) throws IOException {
        DataDirectory data = new DataDirectory(root);
        Path bad = write(data.techniques(), "mine.json", catalog(technique("thumb-glide", "Press.", SAFE_PATH)));
        write(data.routines(), "r.json", routineUsing("palm-press"));
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        assertThat(library.broken()).extracting(RoutineLibrary.Entry::file).contains(bad);
        assertThat(library.find("mine")).isEmpty();
    }

    @Test
    void validateChecksAUserCatalogForShadowingAndARoutineAgainstTheMergedCatalog(@TempDir Path root)
            throws IOException {
        DataDirectory data = new DataDirectory(root);
        Path good = write(data.techniques(), "mine.json", catalog(technique("palm-press", "Press.", SAFE_PATH)));
        Path clash = write(data.techniques(), "clash.json", catalog(technique("knuckle-glide", "Press.", SAFE_PATH)));
        Path routine = write(root.resolve("elsewhere"), "r.json", routineUsing("palm-press"));
        UserCatalogs user = load(data.techniques());
        Validation.Report report = new Validation(user::merged, SafetyRoutineRules.all(), new org.easeback.profile.ReceiverLoader()::fromTree)
                .withUserCatalogs(data.techniques(), TechniqueCatalogLoader.bundled(), CatalogSafety.rules())
                .run(List.of(good, clash, routine));
        assertThat(report.diagnostics()).extracting(Diagnostic::message).containsExactly("technique id "
                + "'knuckle-glide' is a bundled technique; a technique of your own may not replace a bundled one, so "
                + "give it its own id, such as 'my-knuckle-glide'");
        assertThat(report.filesChecked()).isEqualTo(3);
    }

    static String routineUsing(String technique) {
        return """
                {"format": "easeback-routine/1", "id": "mine", "title": "Mine", "audience": "partner",
                 "steps": [{"kind": "technique", "technique": "%s", "seconds": 30}, {"kind": "check-in"}]}
                """.formatted(technique);
    }

    private static List<String> messages(UserCatalogs user, Path file) {
        return user.files().stream().filter(f -> f.path().equals(file)).flatMap(f -> f.diagnostics().stream())
                .map(Diagnostic::message).toList();
    }
}
