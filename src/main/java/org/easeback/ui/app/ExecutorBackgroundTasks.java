package org.easeback.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.easeback.ui.kit.BackgroundTasks;

/** Runs background work on a small pool of daemon threads and delivers results with {@link Platform#runLater}. */
public final class ExecutorBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorBackgroundTasks.class);

    private final ExecutorService workers;
    private final Executor fxThread;

    /** Two workers: the machine this runs on may have only two cores and the FX thread needs one. */
    public ExecutorBackgroundTasks() {
        this(Executors.newFixedThreadPool(2, daemonThreads()), Platform::runLater);
    }

    ExecutorBackgroundTasks(ExecutorService workers, Executor fxThread) {
        this.workers = workers;
        this.fxThread = fxThread;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        workers.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                LOG.warn("Background work failed", e);
                fxThread.execute(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> cancelled.set(true);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "easeback-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
