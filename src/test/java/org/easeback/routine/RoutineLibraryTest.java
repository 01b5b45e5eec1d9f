package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library lists bundled and user routines, and a broken user file never hides the others. */
class RoutineLibraryTest {

    static final Path BUNDLED = Path.of("routines");

    static final String GOOD = """
            {"format": "easeback-routine/1", "id": "my-own", "title": "Mine", "audience": "partner",
             "steps": [{"kind": "technique", "technique": "thumb-glide", "seconds": 60}]}
            """;

    @Test
    void brokenUserFileIsListedWithItsDiagnosticsBesideTheGoodOnes(@TempDir Path user) throws IOException {
        Files.writeString(user.resolve("good.json"), GOOD);
        Files.writeString(user.resolve("broken.json"), GOOD.replace("thumb-glide", "thumb-glid"));
        RoutineLibrary library = RoutineLibrary.load(BUNDLED, user, List.of());
        assertThat(library.routines()).extracting(Routine::id).contains("partner-full", "partner-short",
                "self-foam-roller", "self-tennis-balls-floor", "self-tennis-balls-wall", "my-own");
        assertThat(library.broken()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo(user.resolve("broken.json"));
            assertThat(b.origin()).isEqualTo(RoutineLibrary.Origin.USER);
            assertThat(b.diagnostics()).extracting(Diagnostic::format).containsExactly(user.resolve("broken.json")
                    + ":2:47: error: unknown technique 'thumb-glid'; did you mean 'thumb-glide'?");
        });
        assertThat(library.find("my-own")).isPresent();
        assertThat(library.catalog().find("thumb-glide")).isPresent();
    }

    @Test
    void userRoutineReusingABundledIdIsBroken(@TempDir Path user) throws IOException {
        Files.writeString(user.resolve("copy.json"), GOOD.replace("my-own", "partner-short"));
        RoutineLibrary library = RoutineLibrary.load(BUNDLED, user, List.of());
        assertThat(library.broken()).singleElement().satisfies(b -> assertThat(b.diagnostics())
                .extracting(Diagnostic::message).singleElement().asString()
                .startsWith("routine id 'partner-short' is already used by routines"));
        assertThat(library.routines()).filteredOn(r -> r.id().equals("partner-short")).hasSize(1);
    }

    @Test
    void missingUserFolderMeansOnlyTheBundledRoutines(@TempDir Path dir) {
        RoutineLibrary library = RoutineLibrary.load(BUNDLED, dir.resolve("none"), List.of());
        assertThat(library.broken()).isEmpty();
        assertThat(library.routines()).hasSize(5);
    }

    @Test
    void extraRulesRejectARoutineTheFormatAccepts(@TempDir Path user) throws IOException {
        Files.writeString(user.resolve("good.json"), GOOD);
        RoutineRule noThumbs = (routine, context) -> routine.steps().stream()
                .filter(s -> s instanceof Step.Technique t && t.technique().equals("thumb-glide"))
                .map(s -> Diagnostic.error(context.file(), s.position().line(), s.position().column(), "no thumbs today"))
                .toList();
        RoutineLibrary library = RoutineLibrary.load(BUNDLED, user, List.of(noThumbs));
        assertThat(library.broken()).flatExtracting(RoutineLibrary.Entry.Broken::diagnostics)
                .extracting(Diagnostic::format).contains(user.resolve("good.json") + ":2:12: error: no thumbs today");
    }

    @Test
    void bundledRoutinesAreReadFromInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("easeback.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"));
             Stream<Path> files = Files.list(BUNDLED)) {
            Files.createDirectories(zip.getPath("/routines"));
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, zip.getPath("/routines", f.getFileName().toString()));
            }
            // The jar holds assets/ beside routines/, and the bundled routines' pictures are checked in it.
            try (Stream<Path> pictures = Files.list(Path.of("assets/pictures"))) {
                Files.createDirectories(zip.getPath("/assets/pictures"));
                for (Path f : pictures.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.copy(f, zip.getPath("/assets/pictures", f.getFileName().toString()));
                }
            }
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            RoutineLibrary library = RoutineLibrary.load(zip.getPath("/routines"), null, List.of());
            assertThat(library.broken()).isEmpty();
            assertThat(library.routines()).hasSize(5);
            assertThat(library.catalog().size()).isEqualTo(15);
        }
    }

    @Test
    void bundledFolderIsFoundOnTheClassPath() {
        assertThat(RoutineLibrary.bundledFolder()).hasValueSatisfying(p ->
                assertThat(p.resolve("partner-full.json")).exists());
    }
}
