package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorBackgroundTasksTest {

    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: callbacks queue here until the test runs them. */
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks(workers, r -> {
        synchronized (fxQueue) {
            fxQueue.add(r);
        }
    });

    @AfterEach
    void stop() {
        tasks.close();
    }

    private void drain() throws InterruptedException {
        workers.shutdown();
        assertThat(workers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        synchronized (fxQueue) {
            fxQueue.forEach(Runnable::run);
        }
    }

    @Test
    void workRunsOnAWorkerAndTheResultComesBackThroughTheFxExecutor() throws InterruptedException {
        List<String> results = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        tasks.run(() -> Thread.currentThread().getName(), results::add, e -> { });
        assertThat(results).isEmpty();
        drain();
        assertThat(results).singleElement().isNotEqualTo(caller);
    }

    @Test
    void aFailureReachesOnFailure() throws InterruptedException {
        List<Exception> failures = new ArrayList<>();
        tasks.run(() -> {
            throw new java.io.IOException("disk gone");
        }, r -> { }, failures::add);
        drain();
        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("disk gone");
    }

    @Test
    void aCancelledTaskDeliversNothing() throws InterruptedException {
        List<Object> delivered = new ArrayList<>();
        tasks.run(() -> "late", delivered::add, delivered::add).cancel();
        drain();
        assertThat(delivered).isEmpty();
    }
}
