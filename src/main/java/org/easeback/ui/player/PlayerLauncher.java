package org.easeback.ui.player;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.SessionClock;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.SessionSafetyRecorder;
import org.easeback.ui.AppNavigator;
import org.easeback.ui.SessionLauncher;
import org.easeback.ui.SessionRequest;

/**
 * The shell's way into the player: shows a {@link PlayerScreen} running the request's plan in real time, with the
 * safety module recording check-ins and any pain stop. Leaving the summary goes back to the library.
 */
public final class PlayerLauncher implements SessionLauncher {

    private final AppNavigator navigator;
    private final CuePlayer cues;
    private final Supplier<CueSettings> cueSettings;

    /** @param cueSettings read on every cue, so volume, mute and pace ticks apply at once */
    public PlayerLauncher(AppNavigator navigator, CuePlayer cues, Supplier<CueSettings> cueSettings) {
        this.navigator = Objects.requireNonNull(navigator);
        this.cues = Objects.requireNonNull(cues);
        this.cueSettings = Objects.requireNonNull(cueSettings);
    }

    @Override
    public void start(SessionRequest request) {
        SafetyLog safety = new SafetyLog(request.receiver().name(), Clock.systemUTC());
        safety.record(request.screening());
        PlayerScreen player = PlayerScreen.create(request.plan(), request.receiver(), request.cautions(),
                        SessionClock.system(), cues, cueSettings)
                .listen(new SessionSafetyRecorder(safety, request.screening().pressureCap()))
                .onClose(summary -> navigator.showLibrary());
        navigator.show(player);
    }
}
