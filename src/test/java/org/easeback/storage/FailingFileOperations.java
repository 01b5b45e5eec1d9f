package org.easeback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Real file operations that fail at the n-th step. After the failure the process is "dead": every later step fails
 * too, so nothing gets cleaned up, as after a power cut. A failing write leaves half its bytes behind.
 */
public final class FailingFileOperations implements FileOperations {

    private final FileOperations real = FileOperations.system();
    private final int failAt;
    private int step;

    public FailingFileOperations(int failAt) {
        this.failAt = failAt;
    }

    /** How many steps were attempted. */
    public int steps() {
        return step;
    }

    public boolean failed() {
        return step >= failAt;
    }

    private void next() throws IOException {
        step++;
        if (step >= failAt) {
            throw new IOException("simulated failure at step " + step);
        }
    }

    @Override
    public Path createTemp(Path directory, String target) throws IOException {
        next();
        return real.createTemp(directory, target);
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        step++;
        if (step >= failAt) {
            Files.write(file, Arrays.copyOf(content, content.length / 2));
            throw new IOException("simulated failure part way through a write");
        }
        real.write(file, content);
    }

    @Override
    public void force(Path file) throws IOException {
        next();
        real.force(file);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        step++;
        if (step >= failAt) {
            byte[] bytes = Files.readAllBytes(source);
            Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("simulated failure part way through a copy");
        }
        real.copy(source, target);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
        next();
        real.move(source, target);
    }

    @Override
    public void moveNew(Path source, Path target) throws IOException {
        next();
        real.moveNew(source, target);
    }

    @Override
    public void forceDirectory(Path directory) throws IOException {
        next();
        real.forceDirectory(directory);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        next();
        real.deleteIfExists(file);
    }
}
