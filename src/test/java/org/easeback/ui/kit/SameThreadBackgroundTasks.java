package org.easeback.ui.kit;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the calling thread: deterministic, for tests and screenshots. */
public final class SameThreadBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
