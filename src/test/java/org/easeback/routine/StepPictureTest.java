package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The picture fields of a step: the alternative text, and the check that the file is a picture the player can show. */
class StepPictureTest {

    /** A real image of {@code width} x {@code height} pixels in {@code format} ("png", "gif", "bmp", "jpg"). */
    static byte[] image(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(img, format, out)).as("a writer for " + format).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    private static String routine(String step) {
        return """
                {"format": "easeback-routine/1", "id": "pics", "title": "Pictures", "audience": "partner",
                 "steps": [%s]}
                """.formatted(step);
    }

    private static LoadResult<Routine> load(Path folder, String step) throws IOException {
        Path file = folder.resolve("r.json");
        Files.writeString(file, routine(step));
        return new RoutineLoader(RoutineLoaderTest.CATALOG).load(file);
    }

    @Test
    void altTextIsKeptOnSetupAndOilSteps(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("lie.png"), png(40, 20));
        LoadResult<Routine> result = load(dir, """
                {"kind": "setup", "title": "Lie down", "instructions": "Lie face down.", "image": "lie.png",
                 "imageAlt": "A person lies face down on a mattress."},
                {"kind": "oil", "title": "Warm the oil", "instructions": "Rub it between your hands.",
                 "image": "lie.png", "imageAlt": "Hands rub the oil between the palms."}""");
        assertThat(result.diagnostics()).isEmpty();
        Step.Setup setup = (Step.Setup) result.value().orElseThrow().steps().get(0);
        Step.Oil oil = (Step.Oil) result.value().orElseThrow().steps().get(1);
        assertThat(setup.image()).contains("lie.png");
        assertThat(setup.imageAlt()).contains("A person lies face down on a mattress.");
        assertThat(oil.image()).contains("lie.png");
        assertThat(oil.imageAlt()).contains("Hands rub the oil between the palms.");
    }

    @Test
    void pictureWithoutAltTextLoadsWithAWarning(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("lie.png"), png(40, 20));
        LoadResult<Routine> result = load(dir, """
                {"kind": "setup", "title": "Lie down", "instructions": "Lie face down.", "image": "lie.png"}""");
        assertThat(result.valid()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).isEqualTo("the image in step 1 has no 'imageAlt'; add a sentence that says what "
                    + "the picture shows, for those who cannot see it and for speech");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A pillow\\u0000 under the chest.|U+0000",
        "A pillow\\u001b[31m under the chest.|U+001B",
        "A pillow\\u0085 under the chest.|U+0085",
        "A pillow\\t under the chest.|U+0009",
        "A pillow \\u2066under the chest.|U+2066"})
    void controlCharactersInAltTextAreRefused(String alt, String code, @TempDir Path dir) throws IOException {
        Files.write(dir.resolve("lie.png"), png(4, 4));
        LoadResult<Routine> result = load(dir, """
                {"kind": "setup", "title": "Lie down", "instructions": "Lie face down.", "image": "lie.png",
                 "imageAlt": "%s"}""".formatted(alt));
        assertThat(result.valid()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly("'imageAlt' in step 1 "
                + "contains the invisible control character " + code + "; write it as plain text on one line");
    }

    @Test
    void altTextOnAStepThatCannotShowAPictureIsAnUnknownField(@TempDir Path dir) throws IOException {
        LoadResult<Routine> result = load(dir, """
                {"kind": "info", "title": "Before", "instructions": "Go gently.", "imageAlt": "A towel."}""");
        assertThat(result.diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("unknown field 'imageAlt' in step 1");
    }

    @Test
    void aFifoNamedAsThePictureIsRefusedWithoutBeingOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.png");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");
        LoadResult<Routine> result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> load(dir, """
                {"kind": "setup", "title": "Lie down", "instructions": "Lie face down.", "image": "pipe.png",
                 "imageAlt": "A person lies face down."}"""));
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("image 'pipe.png' in step 1 is not a file; name a picture file");
    }

    @ParameterizedTest
    @CsvSource({"png, 1600, 680", "gif, 33, 17", "bmp, 20, 30", "jpg, 640, 480"})
    void sizeIsReadFromTheHeaderOfEveryFormatThePlayerCanShow(String format, int width, int height) {
        assertThat(PictureFile.dimensions(image(format, width, height))).hasValueSatisfying(size ->
                assertThat(size).containsExactly(width, height));
    }

    @Test
    void pictureTooLargeToDecodeSafelyIsRefused(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.png"), png(PictureFile.MAX_SIDE + 1, 1));
        assertThat(PictureFile.problem(big)).contains("is 4,097 x 1 pixels; a picture may be at most 4,096 pixels "
                + "on each side. Scale it down");
        assertThat(PictureFile.problem(Files.write(dir.resolve("ok.png"), png(PictureFile.MAX_SIDE, 8)))).isEmpty();
    }

    @Test
    void damagedHeadersNeverThrow() {
        Random random = new Random(12);
        byte[][] starts = {{(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8}, {'G', 'I', 'F', '8'}, {'B', 'M'}};
        for (int i = 0; i < 5_000; i++) {
            byte[] start = starts[i % starts.length];
            byte[] bytes = new byte[start.length + random.nextInt(40)];
            random.nextBytes(bytes);
            System.arraycopy(start, 0, bytes, 0, start.length);
            assertThatCode(() -> PictureFile.dimensions(bytes)).doesNotThrowAnyException();
        }
        assertThat(PictureFile.dimensions(new byte[0])).isEqualTo(Optional.empty());
    }
}
