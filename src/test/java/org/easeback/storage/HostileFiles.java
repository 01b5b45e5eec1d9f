package org.easeback.storage;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the files a stranger could leave in a folder: named pipes and links out of it. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A named pipe at {@code path}; the test is skipped where {@code mkfifo} is not available. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        boolean made;
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeThat(made).as("mkfifo is available").isTrue();
        return path;
    }

    /** A link at {@code link} to {@code target}; the test is skipped where links cannot be made. */
    public static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeThat(false).as("symbolic links can be made here (" + e + ")").isTrue();
            return link;
        }
    }

    /** Skips the test where {@code path} does not exist, such as /dev/zero or /etc/passwd off Unix. */
    public static Path existing(Path path) {
        assumeThat(Files.exists(path)).as(path + " exists").isTrue();
        return path;
    }
}
