package org.easeback.ui.player;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionState;

/**
 * How long a session has run, counted as its record counts it (the history's duration): from its start, less the
 * time paused, until it finishes or stops. Check-ins and open steps count, because the session is going on while
 * they wait; a session restored from its journal starts from the time the journal already holds, paused. Fed the
 * session's events in order, on the FX thread, where {@link #secondsProperty()} is read.
 */
final class TimeRun {

    private final LongSupplier recordedBefore;
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper(0);
    private boolean started;
    /** Nanoseconds counted up to {@link #since}, or up to the last stop when not counting. */
    private long counted;
    /** The session instant counting last resumed; -1 while paused, before the start and after the end. */
    private long since = -1;
    private boolean ended;

    /** @param recordedBefore the nanoseconds the record already holds, read once if the session was restored */
    TimeRun(LongSupplier recordedBefore) {
        this.recordedBefore = recordedBefore;
    }

    void on(SessionEvent event) {
        count(event);
        show(seconds(event.atNanos()));
    }

    /** Brings the seconds up to the session instant {@code nowNanos}, while time counts (between events). */
    void refresh(long nowNanos) {
        if (counting()) {
            show(seconds(nowNanos));
        }
    }

    /** Seconds run, as the player shows them; they never go backwards. */
    ReadOnlyDoubleProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    private void show(double value) {
        // A refresh may read the clock ahead of an event still on its way.
        seconds.set(Math.max(seconds.get(), value));
    }

    private void count(SessionEvent event) {
        if (ended) {
            return;
        }
        long at = event.atNanos();
        if (event instanceof SessionEvent.EntryStarted s && !started) {
            started = true;
            if (s.state() == SessionState.PAUSED) { // a restored session opens paused, its time so far recorded
                counted = Math.max(0, recordedBefore.getAsLong());
            } else {
                since = at;
            }
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
