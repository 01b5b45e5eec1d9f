package org.easeback.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;

/**
 * The property every fuzz test checks: a reader given any bytes returns a value or diagnostics, never throws, and
 * returns in bounded time. The bound is far above the guide's "under a second" so a slow shared machine or
 * Jazzer's instrumentation never makes it flaky; a reader that backtracks or loops still blows it.
 */
public final class ReaderProperty {

    /** How long one read may take before it counts as a hang. */
    public static final Duration BOUND = Duration.ofSeconds(10);

    private static ExecutorService worker = newWorker();

    private ReaderProperty() {
    }

    /**
     * Runs {@code read} on a worker thread and returns what it returned. An exception it throws is rethrown as is, so
     * Jazzer reports the reader's own stack; a read that outlasts {@link #BOUND} fails with an AssertionError.
     */
    public static synchronized <T> T withinBound(Callable<T> read) throws Exception {
        Future<T> result = worker.submit(read);
        try {
            return result.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread may never return: later inputs get a fresh one
            throw new AssertionError("the reader took more than " + BOUND.toSeconds() + " s on this input");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError("the reader failed: " + e.getCause(), e.getCause());
        }
    }

    /** A loader's result is a value, or at least one error that says why there is none. */
    public static void assertValueOrError(LoadResult<?> result) {
        assertThat(result).isNotNull();
        if (result.value().isEmpty()) {
            assertThat(result.diagnostics()).as("an invalid file says why")
                    .anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.message()).as("a diagnostic has a message").isNotBlank();
            assertThat(d.line()).as("a diagnostic's line").isPositive();
            assertThat(d.column()).as("a diagnostic's column").isPositive();
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzzed-reader");
            t.setDaemon(true);
            return t;
        });
    }
}
