package org.easeback.ui.player;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.EntryKind;
import org.easeback.engine.Session;
import org.easeback.routine.Pressure;
import org.easeback.engine.SessionClock;
import org.easeback.history.JournalingListener;
import org.easeback.history.SessionJournal;
import org.easeback.history.SessionJournaling;
import org.easeback.history.SessionSafetyRecorder;
import org.easeback.profile.Receiver;
import org.easeback.safety.OilStepPlan;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.ScreeningResult;
import org.easeback.speech.SpeechSettings;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SessionLauncher;
import org.easeback.ui.kit.SessionRequest;
import org.easeback.ui.sound.SystemVoice;
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
    // The voice: each session gets a narrator over its plan; none when speech is not wired.
    private SystemVoice voice;
    private Supplier<SpeechSettings> speechSettings;

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

    /** Speaks every session from now on with {@code voice}, in {@code settings} (read on every event). */
    public PlayerLauncher voiced(SystemVoice voice, Supplier<SpeechSettings> settings) {
        this.voice = Objects.requireNonNull(voice);
        this.speechSettings = Objects.requireNonNull(settings);
        return this;
    }

    @Override
    public void start(SessionRequest request) {
        SafetyLog safety = safetyLog(request);
        Session session = new Session(request.plan(), sessionClock);
        if (journaling == null) {
            show(PlayerScreen.over(session, request.receiver(), request.cautions(), PlayerScreen.Pacing.REAL_TIME,
                    cues, cueSettings), safety, request.screening().pressureCap(), null);
            return;
        }
        int steps = (int) request.plan().entries().stream().filter(e -> !e.checkIn()).count();
        tasks.run(() -> journaling.open(request.routine(), request.receiver(), request.screening(), steps),
                journal -> {
                    JournalingListener record = journaling.attach(journal, session);
                    show(recorded(session, record, request.receiver(), request.cautions()), safety,
                            request.screening().pressureCap(), record);
                }, e -> {
                    LOG.error("Could not open a journal for this session; it runs unrecorded", e);
                    JournalingListener record = JournalingListener.unsaved(journaling.started(request.routine(),
                            request.receiver(), request.screening(), steps), session, clock, asIo(e));
                    session.addListener(record);
                    show(recorded(session, record, request.receiver(), request.cautions()), safety,
                            request.screening().pressureCap(), record);
                });
    }

    private static java.io.IOException asIo(Throwable e) {
        return e instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e);
    }

    private PlayerScreen recorded(Session session, JournalingListener record, Receiver receiver,
                                  java.util.List<String> cautions) {
        return PlayerScreen.recorded(session, record, receiver, cautions, PlayerScreen.Pacing.REAL_TIME, cues,
                cueSettings);
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
        JournalingListener record = journaling.attach(journal, restored);
        show(recorded(restored, record, receiver, screening.cautionTexts()), safety, screening.pressureCap(), record);
    }

    private void show(PlayerScreen player, SafetyLog safety, Pressure cap, JournalingListener record) {
        player.listen(new SessionSafetyRecorder(safety, cap));
        if (record != null) {
            record.onFailure(player::warnNotSaved);
            safety.sendTo(record::record);
        }
        player.onClose(summary -> navigator.showLibrary());
        if (voice == null) {
            navigator.show(player);
            return;
        }
        // The session starts once its phrases are ready (from the cache: a few ms), so its first step speaks too;
        // an engine that is slow to render holds it back at most VOICE_WAIT.
        Runnable showOnce = new Runnable() {
            private boolean shown;

            @Override
            public void run() {
                if (!shown) {
                    shown = true;
                    navigator.show(player);
                }
            }
        };
        player.voiced(voice.narrator(player.session().plan(), speechSettings, showOnce));
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(VOICE_WAIT);
        wait.setOnFinished(e -> showOnce.run());
        wait.play();
    }

    /** The longest a session waits for its phrases before it starts (and speaks from when they arrive). */
    private static final javafx.util.Duration VOICE_WAIT = javafx.util.Duration.seconds(3);
}
