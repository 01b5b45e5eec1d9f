package org.easeback.studio.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.Step;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing a routine as one file, and importing it on another data folder, where it plays. */
class ShareTest {

    private static RoutineLibrary library(DataDirectory data) {
        return RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
    }

    private static byte[] exported(DataDirectory data) throws IOException {
        return ShareExport.export(library(data), "my-palms", CatalogSafety.bundledOrEmpty());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void anExportedRoutineImportsOnAnotherDataFolderAndPlays(@TempDir Path a, @TempDir Path b) throws IOException {
        byte[] share = exported(ShareFixtures.source(a));
        String text = ShareFixtures.text(share);
        assertThat(text).startsWith("{\n  \"format\": \"easeback-share/1\",\n  \"routine\": {")
                .contains("\"image\": \"images/towels.png\"").contains("\"id\": \"palm-press\"")
                .doesNotContain("\"id\": \"thumb-glide\"");
        DataDirectory other = new DataDirectory(b);
        ImportCheck.Ready ready = (ImportCheck.Ready) ShareImport.check(share, Path.of("my-palms.share.json"), other);
        assertThat(ready.hasClashes()).isFalse();
        assertThat(files(b)).isEmpty();
        ready.keepBoth().commit(other);
        assertThat(files(b)).containsExactlyInAnyOrder(Path.of("routines/images/towels.png"),
                Path.of("techniques/palm-press.json"), Path.of("routines/my-palms.json"), Path.of("write.lock"));
        RoutineLibrary imported = library(other);
        assertThat(imported.broken()).isEmpty();
        var routine = imported.find("my-palms").orElseThrow();
        PlanResult compiled = new PlanCompiler(imported.catalog()::find).compile(routine, java.util.Optional.empty(),
                PlanSettings.HOME);
        assertThat(compiled).isInstanceOf(PlanResult.Compiled.class);
        // The player shows the imported picture: the plan names the file the import wrote beside the routine.
        assertThat(((PlanResult.Compiled) compiled).plan().entries()).flatExtracting(e -> e.picture().stream()
                .flatMap(p -> p.file().stream()).toList())
                .containsExactly(b.resolve("routines/images/towels.png").toRealPath());
        assertThat(Files.readAllBytes(b.resolve("routines/images/towels.png")))
                .isEqualTo(Files.readAllBytes(a.resolve("routines/pics/towels.png")));
    }

    @Test
    void importingTwiceKeepsBothRenamingTheRoutineAndReusingTheSameTechniqueAndPicture(@TempDir Path a,
                                                                                      @TempDir Path b)
            throws IOException {
        byte[] share = exported(ShareFixtures.source(a));
        DataDirectory other = new DataDirectory(b);
        ((ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other)).keepBoth().commit(other);
        ImportCheck.Ready again = (ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other);
        assertThat(again.keepBoth().clashes()).extracting(ImportPlan.Clash::describe).containsExactly(
                "A routine 'my-palms' already exists (" + b.resolve("routines/my-palms.json") + "); the imported one "
                        + "becomes 'my-palms-2', and both are kept.");
        assertThat(again.keepBoth().files()).extracting(f -> b.relativize(f.path()))
                .containsExactly(Path.of("routines/my-palms-2.json"));
        again.keepBoth().commit(other);
        assertThat(library(other).find("my-palms-2")).isPresent();
        assertThat(library(other).find("my-palms")).isPresent();
    }

    @Test
    void aClashingTechniqueIsRenamedAndTheRoutinesReferencesFollow(@TempDir Path a, @TempDir Path b)
            throws IOException {
        byte[] share = exported(ShareFixtures.source(a));
        DataDirectory other = new DataDirectory(b);
        Files.createDirectories(other.techniques());
        Files.writeString(other.techniques().resolve("theirs.json"), ShareFixtures.CATALOG.replace("Palm press",
                "Their palm press"));
        ImportCheck.Ready ready = (ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other);
        assertThat(ready.keepBoth().clashes()).extracting(ImportPlan.Clash::importedAs).containsExactly("palm-press-2");
        ready.keepBoth().commit(other);
        RoutineLibrary lib = library(other);
        assertThat(lib.broken()).isEmpty();
        Step.Repeat repeat = (Step.Repeat) lib.find("my-palms").orElseThrow().steps().get(1);
        assertThat(((Step.Technique) repeat.steps().get(0)).technique()).isEqualTo("palm-press-2");
        assertThat(lib.catalog().find("palm-press").orElseThrow().name()).isEqualTo("Their palm press");
    }

    @Test
    void replacingTheirOwnRoutineNeedsTheirConsentAndKeepsABackup(@TempDir Path a, @TempDir Path b)
            throws IOException {
        byte[] share = exported(ShareFixtures.source(a));
        DataDirectory other = new DataDirectory(b);
        ((ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other)).keepBoth().commit(other);
        Path mine = b.resolve("routines/my-palms.json");
        Files.writeString(mine, Files.readString(mine).replace("My palms", "My old palms"));
        ImportCheck.Ready ready = (ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other);
        ImportPlan replace = ready.replace().orElseThrow();
        assertThat(replace.clashes()).extracting(ImportPlan.Clash::describe)
                .containsExactly("The routine 'my-palms' will replace " + mine + ".");
        replace.commit(other);
        assertThat(Files.readString(mine)).contains("\"title\": \"My palms\"");
        assertThat(Files.readString(mine.resolveSibling("my-palms.json.bak"))).contains("My old palms");
    }

    @Test
    void aBundledRoutinesIdIsAlwaysKeptAndTheImportRenamed(@TempDir Path b) throws IOException {
        DataDirectory other = new DataDirectory(b);
        byte[] share = ShareExport.export(library(other), "partner-short", CatalogSafety.bundledOrEmpty());
        ImportCheck.Ready ready = (ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other);
        assertThat(ready.replace()).isEmpty();
        assertThat(ready.keepBoth().routineId()).isEqualTo("partner-short-2");
    }

    @Test
    void aFileThatAppearsBetweenTheCheckAndTheWriteIsNeverOverwritten(@TempDir Path a, @TempDir Path b)
            throws IOException {
        byte[] share = exported(ShareFixtures.source(a));
        DataDirectory other = new DataDirectory(b);
        ImportPlan plan = ((ImportCheck.Ready) ShareImport.check(share, Path.of("s.json"), other)).keepBoth();
        Files.createDirectories(other.routines());
        Files.writeString(other.routines().resolve("my-palms.json"), "mine");
        assertThatThrownBy(() -> plan.commit(other)).hasMessageContaining("nothing was overwritten");
        assertThat(Files.readString(other.routines().resolve("my-palms.json"))).isEqualTo("mine");
        assertThat(Files.exists(other.techniques())).isFalse();
    }

    // Hostile shared files: each is refused with a sentence, and nothing is written.

    private static List<String> refusal(String json, Path b) {
        return refusal(json.getBytes(StandardCharsets.UTF_8), b);
    }

    private static List<String> refusal(byte[] bytes, Path b) {
        ImportCheck check = ShareImport.check(bytes, Path.of("evil.json"), new DataDirectory(b));
        assertThat(check).isInstanceOf(ImportCheck.Refused.class);
        try {
            assertThat(files(b)).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> messages = ((ImportCheck.Refused) check).diagnostics().stream().map(Diagnostic::message).toList();
        assertThat(messages).allSatisfy(m -> assertThat(m.chars().noneMatch(Character::isISOControl)).isTrue());
        return messages;
    }

    private static String share(String routine, String techniques, String pictures) {
        return "{\"format\": \"easeback-share/1\", \"routine\": " + routine + ", \"techniques\": [" + techniques
                + "], \"pictures\": [" + pictures + "]}";
    }

    private static final String SIMPLE = """
            {"format": "easeback-routine/1", "id": "s", "title": "S", "audience": "partner",
             "steps": [{"kind": "setup", "title": "Lie down", "instructions": "Lie face down.",
                        "image": "images/a.png"}]}""";

    private static String picture(String name, byte[] png) {
        return "{\"name\": \"" + name + "\", \"png\": \"" + Base64.getEncoder().encodeToString(png) + "\"}";
    }

    @Test
    void aHugeSharedFileIsRefusedBeforeItIsParsed(@TempDir Path b) {
        byte[] huge = new byte[ShareFormat.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) '[');
        assertThat(refusal(huge, b)).singleElement().asString().startsWith("the shared file is 16,777,217 bytes");
    }

    @Test
    void badBase64IsRefused(@TempDir Path b) {
        assertThat(refusal(share(SIMPLE, "", "{\"name\": \"a.png\", \"png\": \"!!not base64!!\"}"), b))
                .containsExactly("picture 'a.png' is not valid base64; ask for the file again");
    }

    @Test
    void aPictureThatIsNotAPngIsRefused(@TempDir Path b) {
        assertThat(refusal(share(SIMPLE, "", picture("a.png", "GIF89a fake".getBytes(StandardCharsets.UTF_8))), b))
                .containsExactly("picture 'a.png' is not a PNG image; only PNG pictures can be shared");
    }

    @Test
    void aPngThatClaimsTooManyPixelsIsRefused(@TempDir Path b) {
        byte[] png = ShareFixtures.png(2, 2);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        assertThat(refusal(share(SIMPLE, "", picture("a.png", png)), b)).singleElement().asString()
                .startsWith("picture 'a.png' is 100000 × 100000 pixels");
    }

    @Test
    void pictureNamesThatArePathsOrTraversalsAreRefused(@TempDir Path b) {
        byte[] png = ShareFixtures.png(2, 2);
        for (String name : List.of("../../evil.png", "/etc/evil.png", "images/a.png", "..png", "a\\\\b.png",
                "C:evil.png", "a.png\\u0000.txt", "evil.exe")) {
            assertThat(refusal(share(SIMPLE, "", picture(name, png)), b)).as(name).singleElement().asString()
                    .contains("must be a plain file name ending in .png");
        }
    }

    @Test
    void idsWithControlCharactersAreRefusedAndShownEscaped(@TempDir Path b) {
        String routine = SIMPLE.replace("\"id\": \"s\"", "\"id\": \"s\\u001b[2J\"");
        List<String> messages = refusal(share(routine, "", picture("a.png", ShareFixtures.png(1, 1))), b);
        assertThat(messages).singleElement().asString().startsWith("'id' must be 1 to 64 characters")
                .contains("\\u001B[2J");
        String technique = ShareFixtures.CATALOG.substring(ShareFixtures.CATALOG.indexOf("{\"id\""),
                ShareFixtures.CATALOG.lastIndexOf("]}")).replace("palm-press", "palm\\u0007press");
        assertThat(refusal(share(SIMPLE, technique, picture("a.png", ShareFixtures.png(1, 1))), b))
                .anyMatch(m -> m.contains("\\u0007"));
    }

    @Test
    void anImageThatIsNotAmongThePicturesIsRefused(@TempDir Path b) {
        assertThat(refusal(share(SIMPLE.replace("images/a.png", "../../../etc/passwd"), "", ""), b))
                .singleElement().asString().startsWith("image '../../../etc/passwd' is not among the pictures");
    }

    @Test
    void anUnsafeTechniqueInASharedFileIsRefusedWithTheCatalogRules(@TempDir Path b) {
        String technique = ShareFixtures.CATALOG.substring(ShareFixtures.CATALOG.indexOf("{\"id\""),
                ShareFixtures.CATALOG.lastIndexOf("]}")).replace("{\"x\": 0.3, \"y\": 0.5}", "{\"x\": 0.5, \"y\": 0.5}");
        assertThat(refusal(share(SIMPLE, technique, picture("a.png", ShareFixtures.png(1, 1))), b))
                .singleElement().asString().contains("a hand starts on the spine");
    }

    @Test
    void anUnsafeRoutineIsRefusedWithTheRoutineRules(@TempDir Path b) {
        String routine = SIMPLE.replace("Lie face down.", "Apply lavender essential oil directly to the skin.");
        assertThat(refusal(share(routine, "", picture("a.png", ShareFixtures.png(1, 1))), b))
                .singleElement().asString().contains("essential oil directly on the skin");
    }

    @Test
    void structuralNonsenseIsRefused(@TempDir Path b) {
        assertThat(refusal("[1, 2]", b)).singleElement().asString().startsWith("a shared routine is one JSON object");
        assertThat(refusal("{\"format\": \"easeback-share/1\", \"format\": \"x\"}", b)).singleElement().asString()
                .startsWith("this is not a shared routine Easeback can read (Duplicate field 'format')");
        assertThat(refusal("{\"format\": \"easeback-share/2\", \"routine\": {}, \"extra\": 1}", b))
                .containsExactly("unknown field 'extra' in the shared file; the fields are $schema, format, "
                        + "routine, techniques, pictures", "'format' must be exactly \"easeback-share/1\"; this is not "
                        + "a routine shared by Easeback, or it comes from a newer version");
        assertThat(refusal("{\"format\": \"easeback-share/1\", \"routine\": {}, \"pictures\": 7}", b))
                .anyMatch(m -> m.startsWith("'pictures' must be a list of at most 32 objects"));
        assertThat(refusal("{" + "[".repeat(5000), b)).singleElement().asString()
                .startsWith("this is not a shared routine Easeback can read");
    }
}
