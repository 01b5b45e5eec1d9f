package org.easeback.ui.player;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.EntryKind;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.history.JournalingListener;
import org.easeback.history.SessionJournal;
import org.easeback.history.SessionJournaling;
import org.easeback.history.SessionSafetyRecorder;
import org.easeback.profile.Receiver;
import org.easeback.safety.OilStepPlan;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.ScreeningResult;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SessionLauncher;
import org.easeback.ui.kit.SessionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell's way into the player: shows a {@link PlayerScreen} running the request's plan in real time, with the
 * safety module recording check-ins and any pain stop. Leaving the summary goes back to the library.
 */
public final class PlayerLauncher implements SessionLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerLauncher.class);

    private final AppNavigator navigator;
    private final CuePlayer cues;
    private final Supplier<CueSettings> cueSettings;
    private final Clock clock;
    private final SessionClock sessionClock;
    // The session journal: opened in the background, attached before the session starts.
    private BackgroundTasks tasks;
    private SessionJournaling journaling;

    /**
     * @param cueSettings  read on every cue, so volume, mute and pace ticks apply at once
     * @param clock        the wall clock that stamps safety decisions
     * @param sessionClock the monotonic clock sessions run on
     */
    public PlayerLauncher(AppNavigator navigator, CuePlayer cues, Supplier<CueSettings> cueSettings, Clock clock,
                          SessionClock sessionClock) {
        this.navigator = Objects.requireNonNull(navigator);
        this.cues = Objects.requireNonNull(cues);
        this.cueSettings = Objects.requireNonNull(cueSettings);
        this.clock = Objects.requireNonNull(clock);
        this.sessionClock = Objects.requireNonNull(sessionClock);
    }

    /**
     * Journals every session from now on: the journal (start line with the screening answers) is opened with
     * {@code tasks} off the FX thread, then written on the journaling thread. Returns this launcher.
     */
    public PlayerLauncher journaled(BackgroundTasks tasks, SessionJournaling journaling) {
        this.tasks = Objects.requireNonNull(tasks);
        this.journaling = Objects.requireNonNull(journaling);
        return this;
    }

    @Override
    public void start(SessionRequest request) {
        SafetyLog safety = safetyLog(request);
        if (journaling == null) {
            show(player(request, safety), null, safety);
            return;
        }
        tasks.run(() -> journaling.open(request.routine(), request.receiver(), request.screening()),
                journal -> show(player(request, safety), journal, safety), e -> {
                    LOG.error("Could not open a journal for this session; it runs unrecorded", e);
                    show(player(request, safety), null, safety);
                });
    }

    /** The session's safety record, starting with the screening and, where the plan has an oil step, the oils. */
    private SafetyLog safetyLog(SessionRequest request) {
        SafetyLog safety = new SafetyLog(request.receiver().name(), clock);
        safety.record(request.screening());
        if (request.plan().entries().stream().anyMatch(e -> e.kind() == EntryKind.OIL)) {
            OilStepPlan.forSession(Receiver.sessionOils(Optional.of(request.receiver())),
                            request.screening().dilution()).decisions()
                    .forEach(d -> safety.record(d.decision(clock)));
        }
        return safety;
    }

    /**
     * Shows a session restored from its journal's last snapshot, journaled on in {@code journal} (FX thread), with
     * its screening's cautions on screen and its check-ins recorded as safety decisions again. The screening itself
     * was recorded when the session first started.
     */
    public void resume(Session restored, Receiver receiver, ScreeningResult screening, SessionJournal journal) {
        SafetyLog safety = new SafetyLog(receiver.name(), clock);
        PlayerScreen screen = PlayerScreen.resumed(restored, receiver, screening.cautionTexts(), cues, cueSettings)
                .listen(new SessionSafetyRecorder(safety, screening.pressureCap()));
        show(screen, journal, safety);
    }

    private PlayerScreen player(SessionRequest request, SafetyLog safety) {
        return PlayerScreen.create(request.plan(), request.receiver(), request.cautions(),
                        sessionClock, cues, cueSettings)
                .listen(new SessionSafetyRecorder(safety, request.screening().pressureCap()));
    }

    private void show(PlayerScreen player, SessionJournal journal, SafetyLog safety) {
        if (journal != null) {
            JournalingListener journaled = journaling.attach(journal, player.session());
            if (safety != null) {
                safety.sendTo(journaled::record);
            }
        }
        navigator.show(player.onClose(summary -> navigator.showLibrary()));
    }
}
