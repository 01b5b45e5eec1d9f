package org.easeback.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes with one job: no source file in src/main is 400 lines or more. */
class ClassSizeTest {

    static final int LIMIT = 400;

    @Test
    void everyMainSourceFileIsUnderTheLimit() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) >= LIMIT)
                    .map(f -> f + " has " + lines(f) + " lines")
                    .toList();
        }
        assertThat(tooLong).as("split these into classes with one job each").isEmpty();
    }

    @Test
    void theCountSeesTheWholeTree() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(300);
        }
        assertThat(lines(Path.of("src/main/java/org/easeback/engine/Session.java"))).isGreaterThan(100);
    }

    private static long lines(Path file) {
        try (Stream<String> l = Files.lines(file)) {
            return l.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
