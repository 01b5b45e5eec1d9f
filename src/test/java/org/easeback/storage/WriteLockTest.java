package org.easeback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLockTest {

    @TempDir
    Path dir;

    @Test
    void concurrentReadModifyWritesUnderTheLockNeverLoseAnUpdate() throws Exception {
        Path counter = dir.resolve("counter.txt");
        Files.writeString(counter, "0");
        AtomicFileWriter writer = new AtomicFileWriter();
        int threads = 6;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // A fresh lock object per thread, as separate windows or commands would have.
            WriteLock lock = new WriteLock(dir.resolve(WriteLock.FILE_NAME), Duration.ofSeconds(30));
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < rounds; i++) {
                    lock.holding(() -> {
                        int n = Integer.parseInt(Files.readString(counter));
                        writer.write(counter, Integer.toString(n + 1).getBytes(StandardCharsets.UTF_8));
                        return null;
                    });
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(Files.readString(counter)).isEqualTo(Integer.toString(threads * rounds));
    }

    @Test
    void aWriterThatWaitsTooLongFailsWithASentenceAndChangesNothing() throws Exception {
        WriteLock holder = new WriteLock(dir.resolve(WriteLock.FILE_NAME), Duration.ofSeconds(5));
        WriteLock impatient = new WriteLock(dir.resolve(WriteLock.FILE_NAME), Duration.ofMillis(100));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                holder.holding(() -> {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        held.await();
        try {
            assertThatThrownBy(() -> impatient.holding(() -> "never"))
                    .isInstanceOf(StorageBusyException.class)
                    .hasMessageContaining("is saving to").hasMessageContaining("try again in a moment");
        } finally {
            release.countDown();
            t.join();
        }
        assertThat(impatient.holding(() -> "now")).isEqualTo("now");
    }

    @Test
    void theLockIsReentrantWithinAThread() throws Exception {
        WriteLock lock = WriteLock.of(new DataDirectory(dir));
        assertThat(lock.holding(() -> lock.holding(() -> "inner"))).isEqualTo("inner");
    }
}
