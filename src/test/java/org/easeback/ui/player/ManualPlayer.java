package org.easeback.ui.player;

import java.time.Duration;
import java.util.List;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.profile.Receiver;

/** A player whose time only moves when a test or a screenshot tour advances its fake clock. */
public final class ManualPlayer {

    private ManualPlayer() {
    }

    /** A player over {@code plan} on {@code clock}, with no runner thread: time moves through {@link #advance}. */
    public static PlayerScreen create(Plan plan, Receiver receiver, List<String> cautions, FakeClock clock,
                                      CuePlayer cues) {
        return PlayerScreen.over(new Session(plan, clock), receiver, cautions, session -> () -> { }, cues,
                () -> CueSettings.DEFAULT);
    }

    /** Moves {@code clock} forward and lets {@code screen}'s session catch up. */
    public static void advance(PlayerScreen screen, FakeClock clock, Duration by) {
        clock.advance(by);
        screen.session().advanceTo(clock.nanoTime());
    }
}
