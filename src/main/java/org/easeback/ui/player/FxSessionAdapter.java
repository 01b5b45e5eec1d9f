package org.easeback.ui.player;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way engine events reach the FX thread. The engine calls it on its own thread; it queues the event and
 * schedules a single drain with {@code Platform.runLater}, so the engine never waits for the FX thread.
 * Order is kept; a tick that directly follows another undelivered tick replaces it, because only the latest
 * remaining time matters and a busy FX thread should not fall behind on stale ticks.
 */
public final class FxSessionAdapter implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(FxSessionAdapter.class);

    private final Executor fxThread;
    private final SessionListener target;
    private final ArrayDeque<SessionEvent> pending = new ArrayDeque<>();
    private boolean drainScheduled;
    private long coalescedTicks;

    /** Delivers to {@code target} on the JavaFX application thread. */
    public FxSessionAdapter(SessionListener target) {
        this(Platform::runLater, target);
    }

    /** Delivers to {@code target} through {@code fxThread}, which must run tasks in order (tests pass Runnable::run). */
    public FxSessionAdapter(Executor fxThread, SessionListener target) {
        this.fxThread = Objects.requireNonNull(fxThread);
        this.target = Objects.requireNonNull(target);
    }

    @Override
    public void onEvent(SessionEvent event) {
        synchronized (pending) {
            if (event instanceof SessionEvent.Tick && pending.peekLast() instanceof SessionEvent.Tick) {
                pending.pollLast();
                coalescedTicks++;
            }
            pending.addLast(event);
            if (drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        fxThread.execute(this::drain);
    }

    /** Runs {@code update} on the FX thread: for news about the session that is not an engine event. */
    public void deliver(Runnable update) {
        fxThread.execute(update);
    }

    /** How many ticks were dropped because a newer one replaced them before delivery. */
    public long coalescedTicks() {
        synchronized (pending) {
            return coalescedTicks;
        }
    }

    private void drain() {
        List<SessionEvent> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
            drainScheduled = false;
        }
        for (SessionEvent e : batch) {
            try {
                target.onEvent(e);
            } catch (RuntimeException ex) {
                // One bad update must not stop the rest of the session from showing (or the pain stop from working).
                LOG.error("The player could not show a session event {}", e, ex);
            }
        }
    }
}
