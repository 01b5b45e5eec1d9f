package org.easeback.ui.kit;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (loading the library, compiling a plan) away from the FX thread and hands the result back on it.
 * Views and view models depend on this interface only, so tests can run everything at once on
 * their own thread.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread.
     * Neither callback is called if the work was cancelled through the returned handle.
     */
    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** A handle to drop a result that is no longer wanted (the screen was left). */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
