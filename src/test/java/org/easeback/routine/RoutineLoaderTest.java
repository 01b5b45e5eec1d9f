package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image paths, suggestions and pluggable rules of the routine loader. */
class RoutineLoaderTest {

    static final TechniqueCatalog CATALOG = BundledFilesValidateTest.catalog();

    static String withImage(String image) {
        return """
                {"format": "easeback-routine/1", "id": "pics", "title": "Pictures", "audience": "partner",
                 "steps": [{"kind": "setup", "title": "Lie down", "instructions": "Lie face down.", "image": "%s", \
                "imageAlt": "A person lies face down."}]}
                """.formatted(image);
    }

    static String withoutImage() {
        return withImage("x.png").replace(", \"image\": \"x.png\", \"imageAlt\": \"A person lies face down.\"", "");
    }

    @Test
    void imageInsideTheFolderOrInAssetsIsAccepted(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("routines"));
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/towels.png"), StepPictureTest.png(2, 2));
        Files.createDirectories(root.resolve("assets"));
        Files.write(root.resolve("assets/pillow.png"), StepPictureTest.png(2, 2));
        Path a = folder.resolve("a.json");
        Files.writeString(a, withImage("images/towels.png"));
        Path b = folder.resolve("b.json");
        Files.writeString(b, withImage("../assets/pillow.png"));
        assertThat(new RoutineLoader(CATALOG).load(a).diagnostics()).isEmpty();
        assertThat(new RoutineLoader(CATALOG).load(b).diagnostics()).isEmpty();
    }

    @Test
    void imageEscapingThroughASymbolicLinkIsRefused(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("routines"));
        Path outside = Files.writeString(root.resolve("secret.png"), "png");
        Files.createSymbolicLink(folder.resolve("link.png"), outside);
        Path file = folder.resolve("r.json");
        Files.writeString(file, withImage("link.png"));
        assertThat(new RoutineLoader(CATALOG).load(file).diagnostics()).extracting(Diagnostic::format)
                .containsExactly(file + ":2:94: error: image 'link.png' in step 1 leads outside its folder through "
                        + "a link; copy the image into the folder instead");
    }

    @Test
    void imagePathClimbingOutIsRefusedEvenWithoutAFolderOnDisk() {
        LoadResult<Routine> result = new RoutineLoader(CATALOG).load(
                withImage("images/../../x.png").getBytes(StandardCharsets.UTF_8), Path.of("nowhere/r.json"));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("image 'images/../../x.png' in step 1 leads outside the routine's folder and assets/");
    }

    @Test
    void suggestionsAllowTwoEditsIncludingASwap() {
        assertThat(Suggestions.closest("secnds", List.of("seconds", "secondsEach"))).contains("seconds");
        assertThat(Suggestions.closest("thmub-glide", CATALOG.ids())).contains("thumb-glide");
        assertThat(Suggestions.closest("shiatsu", CATALOG.ids())).isEmpty();
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    }

    @Test
    void ruleDiagnosticsAreAddedToAValidRoutine() {
        RoutineRule warnAll = (routine, context) -> List.of(new Diagnostic(context.file(), 1, 1, Diagnostic.Severity.WARNING,
                "just so you know"));
        LoadResult<Routine> result = new RoutineLoader(CATALOG, List.of(warnAll)).load(
                withoutImage().getBytes(StandardCharsets.UTF_8),
                Path.of("r.json"));
        assertThat(result.valid()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::format)
                .containsExactly("r.json:1:1: warning: just so you know");
    }

    @Test
    void failingRuleBecomesADiagnosticNotAnException() {
        RoutineRule broken = (routine, context) -> {
            throw new IllegalStateException("bug");
        };
        LoadResult<Routine> result = new RoutineLoader(CATALOG, List.of(broken)).load(
                withoutImage().getBytes(StandardCharsets.UTF_8),
                Path.of("r.json"));
        assertThat(result.valid()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .contains("an internal check");
    }
}
