package org.easeback.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionSnapshot;
import org.easeback.engine.SessionState;
import org.easeback.profile.Receiver;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.PreviewLauncher;

/**
 * The studio's preview in the real player: the plan runs on a clock {@code speed} times as fast as the session
 * clock, for the guest, with the sound cues but no narration, and nothing journalled, logged as a safety decision
 * or snapshotted. Esc leaves at once; leaving hands the entry showing to the studio.
 */
public final class PreviewPlayerLauncher implements PreviewLauncher {

    private final AppNavigator navigator;
    private final CuePlayer cues;
    private final Supplier<CueSettings> cueSettings;
    private final SessionClock clock;
    private final PlayerScreen.Pacing pacing;

    /**
     * @param cueSettings read on every cue, as in a session
     * @param clock       the session clock real sessions run on; a preview runs a scaled copy of it
     */
    public PreviewPlayerLauncher(AppNavigator navigator, CuePlayer cues, Supplier<CueSettings> cueSettings,
                                 SessionClock clock) {
        this(navigator, cues, cueSettings, clock, PlayerScreen.Pacing.REAL_TIME);
    }

    /** With {@code pacing} moving the session's time (tests pass one that the test drives). */
    PreviewPlayerLauncher(AppNavigator navigator, CuePlayer cues, Supplier<CueSettings> cueSettings,
                          SessionClock clock, PlayerScreen.Pacing pacing) {
        this.navigator = Objects.requireNonNull(navigator);
        this.cues = Objects.requireNonNull(cues);
        this.cueSettings = Objects.requireNonNull(cueSettings);
        this.clock = Objects.requireNonNull(clock);
        this.pacing = Objects.requireNonNull(pacing);
    }

    /** What the banner says at {@code speed}: what this is, that nothing is kept, how to leave, and why it is quiet. */
    public static String banner(Speed speed) {
        return "Preview at " + speed.label() + " \u2014 nothing is recorded. Esc returns to the studio. "
                + "Narration is off in a preview.";
    }

    @Override
    public void preview(Plan plan, Speed speed, int fromEntry, IntConsumer back) {
        navigator.show(screen(plan, speed, fromEntry, back));
    }

    /** The preview's player, not yet shown: tests show it in a stage of their own. */
    PlayerScreen screen(Plan plan, Speed speed, int fromEntry, IntConsumer back) {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(back);
        if (plan.size() == 0) {
            throw new IllegalArgumentException("A plan with no steps has nothing to preview.");
        }
        if (fromEntry < 0 || fromEntry >= plan.size()) {
            throw new IllegalArgumentException("There is no step " + (fromEntry + 1) + " in a plan of "
                    + plan.size() + " steps to preview from.");
        }
        SessionClock fast = SessionClock.scaled(clock, speed.factor());
        Session session = fromEntry == 0 ? new Session(plan, fast)
                : Session.restore(plan, at(plan, fromEntry), fast);
        // The player's record is kept in memory only (PlayerScreen.over): no journal, no history, no snapshot file.
        PlayerScreen player = PlayerScreen.over(session, Receiver.guest(), List.of(),
                fromEntry == 0 ? pacing : resumed(pacing), cues, cueSettings);
        return player.previewing(banner(speed), back);
    }

    /** A snapshot that opens the session at {@code index}, paused, with nothing run yet. */
    private static SessionSnapshot at(Plan plan, int index) {
        return new SessionSnapshot(plan.routineId(), plan.size(), index, Duration.ZERO, 0, 0, 0, Duration.ZERO,
                SessionState.PAUSED);
    }

    /** A preview from a later step starts at once: no "hands ready" wait, since no hands are on a back. */
    private static PlayerScreen.Pacing resumed(PlayerScreen.Pacing pacing) {
        return session -> {
            session.resume();
            return pacing.start(session);
        };
    }
}
