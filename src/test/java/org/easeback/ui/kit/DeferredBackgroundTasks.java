package org.easeback.ui.kit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test says {@link #runAll()}, to observe "still loading" states. */
public final class DeferredBackgroundTasks implements BackgroundTasks {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        boolean[] cancelled = {false};
        queued.add(() -> {
            if (!cancelled[0]) {
                new SameThreadBackgroundTasks().run(work, onSuccess, onFailure);
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Runs everything queued so far, in order. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    public int pending() {
        return queued.size();
    }
}
