package org.easeback.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps every event a session sends. */
final class RecordingListener implements SessionListener {

    final List<SessionEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(SessionEvent event) {
        events.add(event);
    }

    synchronized <T extends SessionEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    synchronized SessionEvent last() {
        return events.get(events.size() - 1);
    }

    synchronized void clear() {
        events.clear();
    }
}
