package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.routine.PicturePaths;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.SafetyRoutineRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user's routine shows the pictures in its own folder ({@code images/x.png} beside it, as a shared routine is
 * imported): the plan's picture names the file there. Paths that leave the folder and assets/ reach no file.
 */
class UserRoutinePicturesTest {

    private static final TechniqueCatalog CATALOG = TechniqueCatalogLoader.bundled();
    private static final Path PNG = Path.of("assets/pictures/positioning.png");

    private static String routine(String image) {
        return """
                {"format": "easeback-routine/1", "id": "my-routine", "title": "Mine", "audience": "partner",
                 "steps": [
                  {"kind": "setup", "title": "Lie down", "instructions": "Lie face down.",
                   "image": "%s", "imageAlt": "Someone lies face down."},
                  {"kind": "technique", "technique": "wrist-turn-pull", "seconds": 30}
                 ]}
                """.formatted(image);
    }

    private static Path userFolderWithPicture(Path routines) throws IOException {
        Files.createDirectories(routines.resolve("images"));
        Files.copy(PNG, routines.resolve("images/pillow.png"));
        Path file = routines.resolve("my-routine.json");
        Files.writeString(file, routine("images/pillow.png"), StandardCharsets.UTF_8);
        return file;
    }

    private static Plan compile(Routine routine) {
        PlanResult result = new PlanCompiler(CATALOG::find).compile(routine, Optional.empty(), PlanSettings.HOME);
        return ((PlanResult.Compiled) result).plan();
    }

    @Test
    void aPictureBesideAUserRoutineReachesThePlanAsItsFile(@TempDir Path routines) throws IOException {
        Path file = userFolderWithPicture(routines);
        Routine routine = new RoutineLoader(CATALOG, SafetyRoutineRules.all()).load(file).value().orElseThrow();
        EntryPicture picture = compile(routine).entry(0).picture().orElseThrow();
        assertThat(picture.path()).isEqualTo("images/pillow.png");
        assertThat(picture.alt()).isEqualTo("Someone lies face down.");
        assertThat(picture.file()).contains(routines.resolve("images/pillow.png").toRealPath());
    }

    @Test
    void theLibrarysUserRoutinesCarryTheirFolderToThePlan(@TempDir Path routines) throws IOException {
        userFolderWithPicture(routines);
        RoutineLibrary library = RoutineLibrary.load(routines, SafetyRoutineRules.all());
        Routine mine = library.routines().stream().filter(r -> r.id().equals("my-routine")).findFirst()
                .orElseThrow();
        assertThat(compile(mine).entry(0).picture().flatMap(EntryPicture::file))
                .contains(routines.resolve("images/pillow.png").toRealPath());
    }

    @Test
    void aBundledRoutineStillFindsItsAssets() {
        Routine full = new RoutineLoader(CATALOG).load(Path.of("routines/partner-full.json")).value().orElseThrow();
        assertThat(compile(full).entries()).filteredOn(e -> e.picture().isPresent()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.picture().get().file()).hasValueSatisfying(f ->
                        assertThat(f.getFileName().toString()).endsWith(".png")));
    }

    @Test
    void aRoutineNotReadFromAFolderHasNoPictureFile(@TempDir Path routines) throws IOException {
        userFolderWithPicture(routines);
        LoadResult<Routine> fromBytes = new RoutineLoader(CATALOG).load(
                routine("images/pillow.png").getBytes(StandardCharsets.UTF_8), Path.of("no-such-folder/r.json"));
        Routine routine = fromBytes.value().orElseThrow();
        assertThat(routine.folder()).isEmpty();
        assertThat(compile(routine).entry(0).picture().orElseThrow().file()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "images/pillow\\u0000.png", "C:/Windows/win.ini",
            "images\\\\pillow.png", "file:///etc/passwd", "../elsewhere/pillow.png"})
    void aHostilePathIsADiagnosticAndNeverAFile(String image, @TempDir Path dir) throws IOException {
        Path routines = dir.resolve("routines");
        Path file = userFolderWithPicture(routines);
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(PNG, dir.resolve("elsewhere/pillow.png"));
        Files.writeString(file, routine(image), StandardCharsets.UTF_8);
        LoadResult<Routine> result = new RoutineLoader(CATALOG, SafetyRoutineRules.all()).load(file);
        assertThat(result.valid()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith(file + ":4:").contains("error: image '");
        String decoded = image.replace("\\u0000", "\0").replace("\\\\", "\\");
        assertThat(PicturePaths.locate(routines, decoded)).isEmpty();
    }

    @Test
    void aLinkOutOfTheFolderFindsNoFile(@TempDir Path dir) throws IOException {
        Path routines = dir.resolve("routines");
        userFolderWithPicture(routines);
        Path outside = dir.resolve("secret.png");
        Files.copy(PNG, outside);
        Path link = routines.resolve("images/link.png");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no links on this file system: nothing to escape through
        }
        assertThat(PicturePaths.locate(routines, "images/link.png")).isEmpty();
        assertThat(PicturePaths.locate(routines, "images/pillow.png")).isPresent();
    }

    @Test
    void anEmptyAssetsPathOrTheFolderItselfIsNoPicture(@TempDir Path routines) throws IOException {
        userFolderWithPicture(routines);
        assertThat(List.of(".", "images", "../assets", "")).allSatisfy(p ->
                assertThat(PicturePaths.locate(routines, p)).isEmpty());
    }
}
