package org.easeback.cues;

import java.util.Objects;
import java.util.function.Supplier;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;

/**
 * Turns session events into sounds: entry start, halfway, switch sides, the last three seconds, check-ins and
 * (if the settings ask for it) a soft tick on each pace beat. It runs on the engine's thread and only asks the
 * {@link CuePlayer} to play, which never blocks. A pace tick never sounds on top of another cue at the same instant.
 */
public final class SessionCues implements SessionListener {

    private final CuePlayer player;
    private final Supplier<CueSettings> settings;
    private long lastCueAtNanos = Long.MIN_VALUE;

    public SessionCues(CuePlayer player, Supplier<CueSettings> settings) {
        this.player = Objects.requireNonNull(player);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public void onEvent(SessionEvent event) {
        if (event instanceof SessionEvent.EntryStarted e) {
            // A check-in sounds its own chime, and the second side of a pair sounds the switch instead.
            if (!e.entry().checkIn() && !e.entry().secondSide()) {
                play(Cue.ENTRY_START, e.atNanos());
            }
        } else if (event instanceof SessionEvent.SwitchSides s) {
            play(Cue.SWITCH_SIDES, s.atNanos());
        } else if (event instanceof SessionEvent.Halfway h) {
            play(Cue.HALFWAY, h.atNanos());
        } else if (event instanceof SessionEvent.Countdown c) {
            play(Cue.FINAL_COUNT, c.atNanos());
        } else if (event instanceof SessionEvent.CheckInRequested c) {
            play(Cue.CHECK_IN, c.atNanos());
        } else if (event instanceof SessionEvent.PaceBeat b) {
            if (settings.get().paceTicks() && b.atNanos() != lastCueAtNanos) {
                player.play(Cue.PACE_TICK);
                lastCueAtNanos = b.atNanos();
            }
        }
    }

    private void play(Cue cue, long atNanos) {
        lastCueAtNanos = atNanos;
        player.play(cue);
    }
}
