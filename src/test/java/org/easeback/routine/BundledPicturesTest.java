package org.easeback.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled routines' pictures exist, decode as PNGs of a size the player can scale down sharply, are small enough
 * to ship, carry alternative text, and every picture in assets/pictures has its SVG source and is used.
 */
class BundledPicturesTest {

    static final Path ROUTINES = Path.of("routines");
    static final Path PICTURES = Path.of("assets/pictures");
    static final long MAX_SHIPPED_BYTES = 300 * 1024;

    /** A step's picture as the routine names it, resolved against the routine's folder. */
    record Picture(Path routine, String step, Path file, String alt) {
    }

    static List<Picture> pictures() throws IOException {
        RoutineLoader loader = new RoutineLoader(BundledFilesValidateTest.catalog());
        List<Picture> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROUTINES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("techniques.json")
                    && !p.endsWith("oils.json"))
                    .sorted().toList()) {
                collect(f, loader.load(f).value().orElseThrow().steps(), found);
            }
        }
        return found;
    }

    private static void collect(Path routine, List<Step> steps, List<Picture> out) {
        for (Step step : steps) {
            Optional<String> image = Optional.empty();
            Optional<String> alt = Optional.empty();
            String title = "";
            if (step instanceof Step.Setup s) {
                image = s.image();
                alt = s.imageAlt();
                title = s.title();
            } else if (step instanceof Step.Oil s) {
                image = s.image();
                alt = s.imageAlt();
                title = s.title();
            } else if (step instanceof Step.Repeat r) {
                collect(routine, r.steps(), out);
            }
            if (image.isPresent()) {
                out.add(new Picture(routine, title, routine.getParent().resolve(image.get()).normalize(),
                        alt.orElse("")));
            }
        }
    }

    @Test
    void everyBundledRoutineShowsAtLeastOnePicture() throws IOException {
        Set<String> routines = new TreeSet<>();
        pictures().forEach(p -> routines.add(p.routine().getFileName().toString()));
        assertThat(routines).containsExactly("partner-full.json", "partner-short.json", "self-foam-roller.json",
                "self-tennis-balls-floor.json", "self-tennis-balls-wall.json");
    }

    @TestFactory
    Stream<DynamicTest> everyPictureIsAPngOfSensibleSizeWithAltText() throws IOException {
        return pictures().stream().map(p -> DynamicTest.dynamicTest(p.routine().getFileName() + ": " + p.step(), () -> {
            assertThat(p.file()).as("picture of '%s'", p.step()).isRegularFile();
            assertThat(p.file().startsWith(PICTURES)).as("%s lies in assets/pictures", p.file()).isTrue();
            assertThat(Files.size(p.file())).isLessThanOrEqualTo(MAX_SHIPPED_BYTES);
            assertThat(formatOf(p.file())).isEqualTo("png");
            BufferedImage image = ImageIO.read(p.file().toFile());
            assertThat(image).as("decodes").isNotNull();
            assertThat(image.getWidth()).isBetween(1200, PictureFile.MAX_SIDE);
            assertThat(image.getHeight()).isBetween(400, PictureFile.MAX_SIDE);
            assertThat(image.getColorModel().hasAlpha()).as("transparent background").isTrue();
            assertThat(image.getRGB(0, 0) >>> 24).as("the corner is transparent").isZero();
            assertThat(p.alt()).hasSizeBetween(40, StepPicture.MAX_ALT_CHARS).endsWith(".");
        }));
    }

    @Test
    void everyPictureHasItsSvgSourceAndIsUsed() throws IOException {
        Set<Path> used = new TreeSet<>();
        pictures().forEach(p -> used.add(p.file()));
        Set<Path> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(PICTURES)) {
            files.filter(f -> f.toString().endsWith(".png")).forEach(shipped::add);
        }
        assertThat(used).containsExactlyElementsOf(shipped);
        for (Path png : shipped) {
            Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
            assertThat(svg).as("source of %s", png).isRegularFile();
            assertThat(Files.readString(svg)).contains("<svg").contains("<title>").contains("Apache-2.0");
        }
    }

    @Test
    void iconComesInEverySizeItsNameSays() throws IOException {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            BufferedImage icon = ImageIO.read(Path.of("assets/icon/easeback-" + size + ".png").toFile());
            assertThat(icon.getWidth()).as("width of the %d px icon", size).isEqualTo(size);
            assertThat(icon.getHeight()).isEqualTo(size);
        }
        assertThat(Path.of("assets/icon/easeback.svg")).isRegularFile();
        byte[] ico = Files.readAllBytes(Path.of("assets/icon/easeback.ico"));
        assertThat(ico).startsWith(0, 0, 1, 0);
    }

    private static String formatOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            var readers = ImageIO.getImageReaders(stream);
            assertThat(readers.hasNext()).as("%s is an image", file).isTrue();
            ImageReader reader = readers.next();
            return reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
