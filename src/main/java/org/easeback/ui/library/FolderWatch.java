package org.easeback.ui.library;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders for files added, changed or removed, by looking at them on a background daemon thread a few times
 * a second, and says so once they have been quiet for a moment (an editor's save or a sync writes in bursts). A
 * folder may not exist yet, or vanish: that is a state like any other. Polling, not a WatchService, because it sees
 * sub-folders and folders created later alike on every system, and costs a few directory reads.
 */
public final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
    /** Deeper than the library reads routines (8 levels), so that every file it loads is seen. */
    private static final int DEPTH = 9;
    /** A folder with more entries than this is fingerprinted by its first ones only. */
    private static final int MAX_ENTRIES = 5_000;

    /** The default quiet time before a change is reported. */
    public static final Duration QUIET = Duration.ofMillis(300);
    /** How often the folders are looked at. */
    public static final Duration INTERVAL = Duration.ofMillis(200);

    private final List<Path> folders;
    private final long quietNanos;
    private final Runnable onChange;
    private final ScheduledExecutorService thread;
    private List<String> seen;
    private boolean changed;
    private long changedAt;

    private FolderWatch(List<Path> folders, Duration interval, Duration quiet, Runnable onChange) {
        this.folders = List.copyOf(folders);
        this.quietNanos = quiet.toNanos();
        this.onChange = Objects.requireNonNull(onChange);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "easeback-library-watch");
            t.setDaemon(true);
            return t;
        });
        thread.execute(() -> seen = fingerprint());
        thread.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching {@code folders}; {@code onChange} runs on the watch thread, {@code quiet} after the last change
     * seen. Changes made before this call are not reported.
     */
    public static FolderWatch start(List<Path> folders, Duration interval, Duration quiet, Runnable onChange) {
        return new FolderWatch(folders, interval, quiet, onChange);
    }

    /** Starts watching at the default pace. */
    public static FolderWatch start(List<Path> folders, Runnable onChange) {
        return start(folders, INTERVAL, QUIET, onChange);
    }

    /** Stops watching and ends the thread; no report follows. */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** True until {@link #close()} has ended the thread. */
    public boolean running() {
        return !thread.isTerminated();
    }

    private void poll() {
        try {
            List<String> now = fingerprint();
            long time = System.nanoTime();
            if (!now.equals(seen)) {
                seen = now;
                changed = true;
                changedAt = time;
            } else if (changed && time - changedAt >= quietNanos) {
                changed = false;
                onChange.run();
            }
        } catch (RuntimeException e) {
            // A bad moment in one look (a folder swapped mid-walk) must not end the watch.
            LOG.warn("Watching the library's folders failed once; still watching", e);
        }
    }

    /** One line per entry: path, kind, size, modification time and file key; links are not followed. */
    private List<String> fingerprint() {
        List<String> lines = new ArrayList<>();
        for (Path folder : folders) {
            lines.add("#" + folder);
            if (!Files.isDirectory(folder)) {
                lines.add(Files.exists(folder, LinkOption.NOFOLLOW_LINKS) ? "not a folder" : "absent");
                continue;
            }
            try {
                Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
                Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return add(dir, attrs);
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        return add(file, attrs);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        lines.add(file + " unreadable");
                        return FileVisitResult.CONTINUE;
                    }

                    private FileVisitResult add(Path p, BasicFileAttributes a) {
                        lines.add(p + "|" + (a.isDirectory() ? "d" : a.isRegularFile() ? "f" : "o") + "|" + a.size()
                                + "|" + a.lastModifiedTime().toMillis() + "|" + a.fileKey());
                        return lines.size() > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }
                });
            } catch (NoSuchFileException e) {
                lines.add("vanished");
            } catch (IOException | RuntimeException e) {
                lines.add("unreadable " + e.getClass().getSimpleName());
            }
        }
        return lines;
    }
}
