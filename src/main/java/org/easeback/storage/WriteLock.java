package org.easeback.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A short lock held around each read-check-write of the data folder, so the app and command-line runs that write
 * at the same time take turns instead of losing a write. It works across threads (an in-process lock) and across
 * processes (a file lock on {@code write.lock}); a writer that cannot get it in time fails with a clear message.
 */
public final class WriteLock {

    /** The lock file's name in the data folder. */
    public static final String FILE_NAME = "write.lock";
    /** How long a writer waits for its turn before giving up. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(5);

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path lockFile;
    private final Duration patience;

    public WriteLock(Path lockFile, Duration patience) {
        this.lockFile = lockFile.toAbsolutePath().normalize();
        this.patience = patience;
    }

    /** The write lock of a data folder. */
    public static WriteLock of(DataDirectory data) {
        return new WriteLock(data.root().resolve(FILE_NAME), DEFAULT_PATIENCE);
    }

    /** Work done while holding the lock. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws IOException;
    }

    /** Runs {@code action} holding the lock; re-entrant within a thread. */
    public <T> T holding(Action<T> action) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            return action.run();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!local.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageBusyException("The save was interrupted before it started; nothing was changed.");
        }
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = acquire(channel, deadline)) {
                return action.run();
            }
        } finally {
            local.unlock();
        }
    }

    private FileLock acquire(FileChannel channel, long deadline) throws IOException {
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Held through another WriteLock object in this process on the same file: wait like for any other.
            }
            if (System.nanoTime() > deadline) {
                throw busy();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageBusyException("The save was interrupted while waiting; nothing was changed.");
            }
        }
    }

    private StorageBusyException busy() {
        return new StorageBusyException("Another Easeback window or command is saving to " + lockFile.getParent()
                + " and did not finish within " + patience.toSeconds() + " seconds. Nothing was changed; "
                + "try again in a moment.");
    }
}
