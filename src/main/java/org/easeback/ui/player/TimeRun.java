package org.easeback.ui.player;

import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionState;

/**
 * How long a session has run, counted as its record counts it (the history's duration): from its start, less the
 * time paused, until it finishes or stops. Check-ins and open steps count, because the session is going on while
 * they wait; a session restored from its journal starts from the time the journal already holds, paused. Fed the
 * session's events in order, on one thread.
 */
final class TimeRun {

    private boolean started;
    /** Nanoseconds counted up to {@link #since}, or up to the last stop when not counting. */
    private long counted;
    /** The session instant counting last resumed; -1 while paused, before the start and after the end. */
    private long since = -1;
    private boolean ended;

    /** A run that starts, when the session does, after {@code before} nanoseconds already recorded. */
    TimeRun(long before) {
        this.counted = Math.max(0, before);
    }

    void on(SessionEvent event) {
        if (ended) {
            return;
        }
        long at = event.atNanos();
        if (event instanceof SessionEvent.EntryStarted s && !started) {
            started = true;
            since = s.state() == SessionState.PAUSED ? -1 : at; // a restored session opens paused
        } else if (event instanceof SessionEvent.Paused) {
            hold(at);
        } else if (event instanceof SessionEvent.Resumed) {
            if (started && since < 0) {
                since = at;
            }
        } else if (event instanceof SessionEvent.Finished || event instanceof SessionEvent.Stopped) {
            hold(at);
            ended = true;
        }
    }

    private void hold(long at) {
        if (since >= 0) {
            counted += Math.max(0, at - since);
            since = -1;
        }
    }

    /** Seconds run as of the session instant {@code nowNanos}. */
    double seconds(long nowNanos) {
        long running = since >= 0 ? Math.max(0, nowNanos - since) : 0;
        return (counted + running) / 1e9;
    }

    /** True while time counts (the session is going on and not paused). */
    boolean counting() {
        return since >= 0;
    }
}
