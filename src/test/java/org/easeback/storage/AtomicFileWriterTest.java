package org.easeback.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private static final String OLD = "{\"format\": \"easeback-note/1\", \"text\": \"old content, long enough to be cut\"}";
    private static final String NEW = "{\"format\": \"easeback-note/1\", \"text\": \"new content, also long enough\"}";

    @Test
    void replacesContentAndKeepsThePreviousVersionAsBak() throws IOException {
        Path file = dir.resolve("sam.json");
        AtomicFileWriter writer = new AtomicFileWriter();
        writer.write(file, OLD.getBytes(UTF_8));
        writer.write(file, NEW.getBytes(UTF_8));

        assertThat(Files.readString(file)).isEqualTo(NEW);
        assertThat(Files.readString(dir.resolve("sam.json.bak"))).isEqualTo(OLD);
        assertThat(otherFiles()).isEmpty();
    }

    @Test
    void aWriteInterruptedAtEveryStepLeavesTheOldOrTheNewContentNeverAMix() throws IOException {
        int steps = stepsOfOneWrite();
        assertThat(steps).as("a replacing write has several steps").isGreaterThanOrEqualTo(8);
        for (int failAt = 1; failAt <= steps; failAt++) {
            Path file = dir.resolve("case-" + failAt).resolve("sam.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, OLD);
            FailingFileOperations failing = new FailingFileOperations(failAt);

            assertThatThrownBy(() -> new AtomicFileWriter(failing).write(file, NEW.getBytes(UTF_8)))
                    .as("failure at step %d", failAt).isInstanceOf(IOException.class);

            assertThat(Files.readString(file)).as("after a failure at step %d", failAt).isIn(OLD, NEW);
            Path bak = file.resolveSibling("sam.json.bak");
            if (Files.exists(bak)) {
                assertThat(Files.readString(bak)).as("backup after step %d", failAt).isEqualTo(OLD);
            }
            StoredRead<String> read = StoredFileReader.of(new DataDirectory(file.getParent()))
                    .read(file, new NoteFormat());
            assertThat(read).isInstanceOf(StoredRead.Loaded.class);
        }
    }

    @Test
    void aFirstWriteInterruptedAtEveryStepLeavesNoFileOrTheNewOne() throws IOException {
        for (int failAt = 1; failAt <= 6; failAt++) {
            Path file = dir.resolve("first-" + failAt).resolve("sam.json");
            Files.createDirectories(file.getParent());
            FailingFileOperations failing = new FailingFileOperations(failAt);
            try {
                new AtomicFileWriter(failing).write(file, NEW.getBytes(UTF_8));
            } catch (IOException expected) {
                // the point of the test
            }
            if (Files.exists(file)) {
                assertThat(Files.readString(file)).isEqualTo(NEW);
            }
            assertThat(Files.exists(file.resolveSibling("sam.json.bak"))).isFalse();
        }
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileWhenItCan() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.writeString(file, OLD);
        FileOperations failsToMove = new FileOperations() {
            private final FileOperations real = FileOperations.system();

            @Override public Path createTemp(Path d, String t) throws IOException { return real.createTemp(d, t); }
            @Override public void write(Path f, byte[] c) throws IOException { real.write(f, c); }
            @Override public void force(Path f) throws IOException { real.force(f); }
            @Override public void copy(Path s, Path t) throws IOException { real.copy(s, t); }
            @Override public void move(Path s, Path t) throws IOException { throw new IOException("disk full"); }
            @Override public void moveNew(Path s, Path t) throws IOException { real.moveNew(s, t); }
            @Override public void forceDirectory(Path d) throws IOException { real.forceDirectory(d); }
            @Override public void deleteIfExists(Path f) throws IOException { real.deleteIfExists(f); }
        };

        assertThatThrownBy(() -> new AtomicFileWriter(failsToMove).write(file, NEW.getBytes(UTF_8)))
                .hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(otherFiles()).isEmpty();
    }

    private int stepsOfOneWrite() throws IOException {
        Path file = dir.resolve("count").resolve("sam.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, OLD);
        FailingFileOperations counting = new FailingFileOperations(Integer.MAX_VALUE);
        new AtomicFileWriter(counting).write(file, NEW.getBytes(UTF_8));
        return counting.steps();
    }

    private java.util.List<Path> otherFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("sam.json")).toList();
        }
    }
}
