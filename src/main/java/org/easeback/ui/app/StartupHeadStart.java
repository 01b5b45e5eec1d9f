package org.easeback.ui.app;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.easeback.history.SessionJournaling;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.InstanceLock;
import org.easeback.ui.library.RoutineLibrarySource;
import org.easeback.ui.settings.Settings;
import org.easeback.ui.settings.SettingsStore;
import org.slf4j.LoggerFactory;

/**
 * The start-up work that needs no toolkit, begun on its own thread while JavaFX starts its own: the data folder, the
 * settings, the instance lock, the journals, and then the library's first load, so that the cards are ready when the
 * library screen asks for them. On two cores this runs beside the toolkit instead of after it.
 */
final class StartupHeadStart {

    /** What the window needs from the data folder; {@code alreadyOpen} is set when another window holds the lock. */
    record Ready(DataDirectory data, SettingsStore settingsStore, Settings settings, InstanceLock lock,
                 String alreadyOpen, SessionJournaling journaling, RoutineLibrarySource library) {
    }

    private final CompletableFuture<Ready> ready = new CompletableFuture<>();

    private StartupHeadStart() {
    }

    /** Starts the work on a daemon thread and returns at once. */
    static StartupHeadStart begin(Supplier<DataDirectory> data, Clock clock) {
        StartupHeadStart start = new StartupHeadStart();
        Thread thread = new Thread(() -> start.run(data, clock), "easeback-head-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** Does the same work on the calling thread (when the app was started without a head start, as in tests). */
    static Ready now(Supplier<DataDirectory> data, Clock clock) {
        return prepare(data.get(), clock);
    }

    /**
     * Waits for the data folder's work (not for the library's load, which the library screen waits for), and
     * throws what that work threw, as if it had run here.
     */
    Ready join() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run(Supplier<DataDirectory> data, Clock clock) {
        Ready prepared;
        try {
            prepared = prepare(data.get(), clock);
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
            return;
        }
        ready.complete(prepared);
        if (prepared.alreadyOpen() == null) {
            prepared.library().loadAhead();
        }
    }

    private static Ready prepare(DataDirectory data, Clock clock) {
        SettingsStore store = new SettingsStore(data.settingsFile());
        Settings settings = store.load();
        InstanceLock lock = null;
        String alreadyOpen = null;
        try {
            lock = InstanceLock.acquire(data);
        } catch (InstanceLock.AlreadyOpenException e) {
            alreadyOpen = e.getMessage();
        } catch (IOException e) {
            // Without the lock file the app still runs; two windows could then clobber each other, so say so.
            LoggerFactory.getLogger(StartupHeadStart.class).warn("Could not take the instance lock in {}: {}",
                    data.root(), e.getMessage());
        }
        return new Ready(data, store, settings, lock, alreadyOpen, new SessionJournaling(data, clock),
                new RoutineLibrarySource(data));
    }
}
