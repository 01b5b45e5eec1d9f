package org.easeback.ui.library;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SameThreadBackgroundTasks;

/**
 * Background tasks that any thread may queue and only the test thread runs, as if it were the FX thread: for view
 * models fed from another thread (the folder watch), without a race on their observable lists.
 */
final class QueuedTasks implements BackgroundTasks {

    private final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        queued.add(() -> {
            if (!cancelled.get()) {
                new SameThreadBackgroundTasks().run(work, onSuccess, onFailure);
            }
        });
        return () -> cancelled.set(true);
    }

    /** Runs what is queued, on the calling thread. */
    void runAll() {
        Runnable next;
        while ((next = queued.poll()) != null) {
            next.run();
        }
    }

    /** Runs queued work until {@code condition} holds; false if it still does not after {@code limit}. */
    boolean runUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            runAll();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        runAll();
        return condition.getAsBoolean();
    }
}
