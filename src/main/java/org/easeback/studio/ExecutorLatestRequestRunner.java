package org.easeback.studio;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LatestRequestRunner} on an executor the caller owns (the app's background worker; a same-thread executor
 * in tests). It starts no thread of its own and runs at most one request at a time. Answers are handed to
 * {@code deliver} on the worker; the screen moves them onto its own thread.
 */
public final class ExecutorLatestRequestRunner<Q, R> implements LatestRequestRunner<Q> {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorLatestRequestRunner.class);

    private final Executor worker;
    private final Function<Q, R> work;
    private final Consumer<R> deliver;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    public ExecutorLatestRequestRunner(Executor worker, Function<Q, R> work, Consumer<R> deliver) {
        this.worker = worker;
        this.work = work;
        this.deliver = deliver;
    }

    @Override
    public void submit(Q request) {
        pending.set(request);
        drain();
    }

    private void drain() {
        if (running.compareAndSet(false, true)) {
            worker.execute(this::runPending);
        }
    }

    private void runPending() {
        try {
            Q request;
            while ((request = pending.getAndSet(null)) != null) {
                try {
                    R answer = work.apply(request);
                    if (pending.get() == null) {
                        deliver.accept(answer);
                    }
                } catch (RuntimeException e) {
                    LOG.error("A background check failed; the next edit will try again", e);
                }
            }
        } finally {
            running.set(false);
        }
        if (pending.get() != null) {
            drain();
        }
    }
}
