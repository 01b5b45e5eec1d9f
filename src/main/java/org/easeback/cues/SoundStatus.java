package org.easeback.cues;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether the cues can be heard: being checked, on, or off with the reason. The cue player sets it once it knows;
 * screens watch it, so a giver who relies on sound is told in words when there is none. Thread-safe.
 */
public final class SoundStatus {

    /** Where the check stands. */
    public enum State { CHECKING, ON, OFF }

    private static final SoundStatus ALWAYS_ON = new SoundStatus(State.ON, "");

    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private volatile State state;
    private volatile String reason;

    private SoundStatus(State state, String reason) {
        this.state = state;
        this.reason = reason;
    }

    /** A status being checked; the player calls {@link #on()} or {@link #off(String)} once it knows. */
    public static SoundStatus checking() {
        return new SoundStatus(State.CHECKING, "");
    }

    /** A status that is always on (players that need no device, tests). */
    public static SoundStatus alwaysOn() {
        return ALWAYS_ON;
    }

    /** A status that is off from the start, for {@code reason}. */
    public static SoundStatus offFor(String reason) {
        return new SoundStatus(State.OFF, clean(reason));
    }

    public State state() {
        return state;
    }

    /** Why the cues are off; empty unless {@link State#OFF}. */
    public String reason() {
        return reason;
    }

    /** "Sound off: no audio device (REASON). The session shows everything on screen." when off; empty otherwise. */
    public Optional<String> notice() {
        if (state != State.OFF) {
            return Optional.empty();
        }
        String why = reason.isEmpty() ? "" : " (" + reason + ")";
        return Optional.of("Sound off: no audio device" + why + ". Cues will not play; watch the screen.");
    }

    /** The cues can sound. */
    public void on() {
        change(State.ON, "");
    }

    /** The cues cannot sound, because of {@code why}; the first reason stays. */
    public void off(String why) {
        if (state != State.OFF) {
            change(State.OFF, clean(why));
        }
    }

    /** Calls {@code watcher} (on the thread that changes the status) after every change. */
    public void watch(Runnable watcher) {
        if (this != ALWAYS_ON) {
            watchers.add(Objects.requireNonNull(watcher));
        }
    }

    public void unwatch(Runnable watcher) {
        watchers.remove(watcher);
    }

    private void change(State to, String why) {
        if (this == ALWAYS_ON) {
            return;
        }
        reason = why;
        state = to;
        watchers.forEach(Runnable::run);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
