package org.easeback.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {

    @TempDir
    Path root;

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static boolean watchThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("easeback-library-watch"));
    }

    @Test
    void aBurstOfWritesInAFolderCreatedLaterIsReportedOnceAfterItsQuiet() throws Exception {
        AtomicInteger reports = new AtomicInteger();
        Path folder = root.resolve("routines/nested");
        try (FolderWatch watch = FolderWatch.start(List.of(root.resolve("routines")), reports::incrementAndGet)) {
            Thread.sleep(FolderWatch.INTERVAL.toMillis() * 2);
            assertThat(reports).hasValue(0);
            Files.createDirectories(folder);
            for (int i = 0; i < 10; i++) {
                Files.writeString(folder.resolve("r" + i + ".json"), "{}");
            }
            assertThat(within(Duration.ofSeconds(10), () -> reports.get() > 0)).isTrue();
            Thread.sleep(FolderWatch.INTERVAL.plus(FolderWatch.QUIET).multipliedBy(3).toMillis());
            assertThat(reports).hasValue(1);
        }
    }

    @Test
    void closingEndsTheThreadAndNothingIsReportedAfter() throws Exception {
        AtomicInteger reports = new AtomicInteger();
        FolderWatch watch = FolderWatch.start(List.of(root), Duration.ofMillis(20), Duration.ofMillis(20),
                reports::incrementAndGet);
        assertThat(watch.running()).isTrue();
        watch.close();
        assertThat(within(Duration.ofSeconds(5), () -> !watch.running() && !watchThreadAlive())).isTrue();
        Files.writeString(root.resolve("after.json"), "{}");
        Thread.sleep(300);
        assertThat(reports).hasValue(0);
    }
}
