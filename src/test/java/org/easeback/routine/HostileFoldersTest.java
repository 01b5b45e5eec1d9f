package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.easeback.profile.ReceiverLoader;
import org.easeback.storage.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routines folder from a stranger: pipes, devices, links out of it and impossible paths each become one sentence
 * about that file, while every other routine, and every bundled one, still loads.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFoldersTest {

    @TempDir
    Path dir;

    private Path routines() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("routines"));
        Files.copy(Path.of("src/test/resources/valid/minimal.json"), folder.resolve("fine.json"));
        return folder;
    }

    private static Validation validation() {
        return Validation.withBundledCatalog(List.of(), new ReceiverLoader()::fromTree);
    }

    private static String all(RoutineLibrary library) {
        return library.broken().toString();
    }

    @Test
    void aLinkToAFileOutsideIsRefusedAndItsContentNeverShown() throws Exception {
        Path folder = routines();
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        HostileFiles.link(folder.resolve("passwd.json"), secret);

        RoutineLibrary library = RoutineLibrary.load(null, folder, List.of());
        Validation.Report report = validation().run(List.of(folder));

        assertThat(library.routines()).extracting(Routine::id).containsExactly("fixture");
        assertThat(library.broken()).singleElement().satisfies(b -> assertThat(b.diagnostics().get(0).message())
                .startsWith("the file leads outside its folder through a link"));
        assertThat(all(library) + report.diagnostics() + report.pathProblems()).doesNotContain("root");
        assertThat(report.filesWithErrors()).isEqualTo(1);
    }

    @Test
    void aLinkToEtcPasswdIsNeverRead() throws Exception {
        Path folder = routines();
        HostileFiles.link(folder.resolve("passwd.json"), HostileFiles.existing(Path.of("/etc/passwd")));

        Validation.Report report = validation().run(List.of(folder));
        Validation.Report named = validation().run(List.of(folder.resolve("passwd.json")));

        assertThat(report.diagnostics().toString() + named.diagnostics()).doesNotContain("'root").contains(
                "leads outside its folder through a link");
    }

    @Test
    void aNamedPipeIsReportedAndSkippedWithoutBlocking() throws Exception {
        Path folder = routines();
        Path fifo = HostileFiles.fifo(folder.resolve("pipe.json"));

        RoutineLibrary library = RoutineLibrary.load(null, folder, List.of());
        Validation.Report report = validation().run(List.of(folder));
        Validation.Report named = validation().run(List.of(fifo));

        assertThat(library.routines()).hasSize(1);
        assertThat(library.broken()).singleElement().satisfies(b -> assertThat(b.diagnostics()).singleElement()
                .extracting(Diagnostic::format).isEqualTo(fifo + ":1:1: error: the file is a named pipe (FIFO), "
                        + "not a file; Easeback reads only regular files"));
        assertThat(report.diagnostics()).extracting(Diagnostic::message).contains(
                "the file is a named pipe (FIFO), not a file; Easeback reads only regular files");
        assertThat(named.allValid()).isFalse();
    }

    @Test
    void aLinkToDevZeroIsReportedWithoutReadingIt() throws Exception {
        Path folder = routines();
        HostileFiles.link(folder.resolve("zero.json"), HostileFiles.existing(Path.of("/dev/zero")));

        RoutineLibrary library = RoutineLibrary.load(null, folder, List.of());

        assertThat(library.routines()).hasSize(1);
        assertThat(library.broken()).singleElement().satisfies(b -> assertThat(b.diagnostics().get(0).message())
                .startsWith("the file leads outside its folder through a link"));
    }

    @Test
    void anAssetsLinkOutOfTheLibraryDoesNotLetAnImagePathThrough() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(Path.of("src/test/resources/broken/pictures/fine.png"), outside.resolve("fine.png"));
        Path library = Files.createDirectories(dir.resolve("library"));
        Path folder = Files.createDirectories(library.resolve("routines"));
        HostileFiles.link(library.resolve("assets"), outside);
        Path routine = Files.writeString(folder.resolve("pictured.json"), pictured("../assets/fine.png"));

        LoadResult<Routine> result = new RoutineLoader(TechniqueCatalogLoader.bundled()).load(routine);

        assertThat(result.value()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).contains(
                "image '../assets/fine.png' in step 1 leads outside its folder through a link; copy the image "
                        + "into the folder instead");
    }

    @Test
    void anAssetsLinkToEtcDoesNotLetAnImagePathThrough() throws Exception {
        HostileFiles.existing(Path.of("/etc/hostname"));
        Path library = Files.createDirectories(dir.resolve("library"));
        Path folder = Files.createDirectories(library.resolve("routines"));
        HostileFiles.link(library.resolve("assets"), Path.of("/etc"));
        Path routine = Files.writeString(folder.resolve("pictured.json"), pictured("../assets/hostname"));

        LoadResult<Routine> result = new RoutineLoader(TechniqueCatalogLoader.bundled()).load(routine);

        assertThat(result.diagnostics()).extracting(Diagnostic::message).contains(
                "image '../assets/hostname' in step 1 leads outside its folder through a link; copy the image "
                        + "into the folder instead");
    }

    @Test
    void aNulInAnImagePathIsADiagnosticAndTheBundledRoutinesStillLoad() throws Exception {
        Path folder = routines();
        Files.writeString(folder.resolve("nul.json"), pictured("images/a\\u0000b.png"));

        RoutineLibrary library = RoutineLibrary.load(folder, List.of());

        assertThat(library.routines()).extracting(Routine::id).contains("fixture", "partner-full");
        assertThat(library.broken()).singleElement().satisfies(b -> assertThat(b.diagnostics())
                .extracting(Diagnostic::message).contains("image 'images/a\\u0000b.png' in step 1 contains a "
                        + "character that no file name may have (U+0000 at character 9); remove it"));
        assertThat(validation().run(List.of(folder)).diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("no file name may have"));
    }

    @Test
    void aFolderOfHugeFilesIsRefusedFileByFile() throws Exception {
        Path folder = routines();
        for (int i = 0; i < 5; i++) {
            Files.write(folder.resolve("huge-" + i + ".json"), new byte[SourceLimits.MAX_FILE_BYTES + 1]);
        }
        RoutineLibrary library = RoutineLibrary.load(null, folder, List.of());
        assertThat(library.routines()).hasSize(1);
        assertThat(library.broken()).hasSize(5).allSatisfy(b -> assertThat(b.diagnostics().get(0).message())
                .isEqualTo("the file is 1,048,577 bytes; a file may be at most 1,048,576 bytes (1 MiB). "
                        + "Split it into smaller files"));
    }

    private static String pictured(String image) {
        return "{\"format\": \"easeback-routine/1\", \"id\": \"pictured\", \"title\": \"Pictured\", "
                + "\"audience\": \"partner\", \"steps\": [{\"kind\": \"setup\", \"title\": \"Look\", \"instructions\": \"See the picture.\", "
                + "\"image\": \"" + image + "\", \"imageAlt\": \"A picture.\"}]}";
    }
}
