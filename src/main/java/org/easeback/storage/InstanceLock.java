package org.easeback.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held by the running app for as long as it is open, so that a second window on the same data folder is refused
 * instead of clobbering the first. The operating system drops the lock when the process dies, even on kill -9.
 */
public final class InstanceLock implements AutoCloseable {

    /** The lock file's name in the data folder. */
    public static final String FILE_NAME = "instance.lock";
    /** What the second instance tells the user. */
    public static final String ALREADY_OPEN =
            "Easeback is already open in another window. Close it first, or use that window.";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code data}'s folder, creating the folder if needed.
     *
     * @throws AlreadyOpenException if another instance holds it
     */
    public static InstanceLock acquire(DataDirectory data) throws IOException, AlreadyOpenException {
        Files.createDirectories(data.root());
        Path file = data.root().resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process already holds it
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyOpenException(ALREADY_OPEN);
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another Easeback instance already has this data folder open. */
    public static final class AlreadyOpenException extends Exception {
        private static final long serialVersionUID = 1L;

        public AlreadyOpenException(String message) {
            super(message);
        }
    }
}
