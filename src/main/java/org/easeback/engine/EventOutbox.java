package org.easeback.engine;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's listeners and the events waiting for them: events are queued while the session works and
 * delivered in order by {@link #flush()}, so a listener that sends a command queues behind the event it is handling.
 * Guarded by the session's lock; the listener list itself may change from any thread.
 */
final class EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<SessionEvent> queue = new ArrayDeque<>();
    private boolean delivering;

    void add(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    void remove(SessionListener listener) {
        listeners.remove(listener);
    }

    void emit(SessionEvent event) {
        queue.add(event);
    }

    /** Delivers queued events in order; does nothing when called from inside a delivery. */
    void flush() {
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            SessionEvent e;
            while ((e = queue.poll()) != null) {
                for (SessionListener l : listeners) {
                    try {
                        l.onEvent(e);
                    } catch (RuntimeException ex) {
                        LOG.error("A session listener failed on {}", e.getClass().getSimpleName(), ex);
                    }
                }
            }
        } finally {
            delivering = false;
        }
    }
}
