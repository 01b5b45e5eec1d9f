package org.easeback.ui.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.easeback.cues.CueSettings;
import org.easeback.engine.SessionClock;
import org.easeback.history.SessionJournaling;
import org.easeback.profile.ReceiverStore;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.InstanceLock;
import org.easeback.ui.history.UnfinishedSessionOffer;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.library.RoutineLibrarySource;
import org.easeback.ui.player.PlayerLauncher;
import org.easeback.ui.player.PreviewPlayerLauncher;
import org.easeback.ui.presession.ReceiverSource;
import org.easeback.ui.settings.CurrentSettings;
import org.easeback.ui.settings.Settings;
import org.easeback.ui.settings.SettingsStore;
import org.easeback.speech.PhraseCache;
import org.easeback.speech.SpeechEngines;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechTurns;
import org.easeback.ui.sound.AudioClipCuePlayer;
import org.easeback.ui.sound.AudioClipSpeechOutput;
import org.easeback.ui.sound.SystemVoice;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one main window that opens on the library. */
public final class EasebackApp extends Application {

    /** The clocks: wall time for records and journals, monotonic time for sessions. Chosen here only. */
    private final Clock clock = Clock.systemUTC();
    private final SessionClock sessionClock = SessionClock.system();
    private ExecutorBackgroundTasks tasks;
    private DataDirectory dataDirectory;
    private SettingsStore settingsStore;
    private Settings initialSettings;
    private InstanceLock instanceLock;
    private String alreadyOpen;
    private SessionJournaling journaling;
    private AudioClipCuePlayer cues;
    private AudioClipSpeechOutput speechOutput;
    private RoutineLibrarySource library;

    /** Begun by {@link #launchApp} before JavaFX starts; null when the app is started some other way. */
    private static volatile StartupHeadStart headStart;

    public static void launchApp(String[] args) {
        headStart = StartupHeadStart.begin(DataDirectory::resolve, Clock.systemUTC());
        Application.launch(EasebackApp.class, args);
    }

    /** Runs on the launcher thread, so the settings file and the lock are read off the FX thread. */
    @Override
    public void init() {
        tasks = new ExecutorBackgroundTasks();
        StartupHeadStart begun = headStart;
        headStart = null;
        StartupHeadStart.Ready ready = begun != null ? begun.join()
                : StartupHeadStart.now(DataDirectory::resolve, clock);
        dataDirectory = ready.data();
        settingsStore = ready.settingsStore();
        initialSettings = ready.settings();
        instanceLock = ready.lock();
        alreadyOpen = ready.alreadyOpen();
        journaling = ready.journaling();
        library = ready.library();
    }

    @Override
    public void start(Stage stage) {
        if (alreadyOpen != null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, alreadyOpen, ButtonType.OK);
            alert.setTitle("Easeback");
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        CurrentSettings settings = new CurrentSettings(initialSettings, tasks, settingsStore);
        // Cues play on the engine's thread, so they read a copy the FX thread keeps current.
        AtomicReference<CueSettings> sound = new AtomicReference<>(cueSettings(settings.get()));
        settings.property().addListener((o, before, after) -> sound.set(cueSettings(after)));
        cues = new AudioClipCuePlayer(sound::get);
        // The voice reads a copy too; the planner renders each compiled plan's phrases ahead, on the worker.
        AtomicReference<SpeechSettings> speech = new AtomicReference<>(settings.get().speech());
        settings.property().addListener((o, before, after) -> speech.set(after.speech()));
        speechOutput = new AudioClipSpeechOutput();
        // The probe starts speech engine processes: it waits until the window has shown, so that it does not take
        // one of the two cores from the start.
        CompletableFuture<Void> shown = new CompletableFuture<>();
        SystemVoice voice = new SystemVoice(tasks, () -> {
            shown.join();
            return SpeechEngines.probe().engine();
        },
                PhraseCache.in(dataDirectory), speechOutput, SpeechTurns.system());
        AppServices services = new AppServices(tasks, library, library,
                VoicedPlanner.over(library, voice, speech::get),
                ReceiverSource.fromStore(ReceiverStore.of(dataDirectory)), settings, cues, voice);
        // The player's launcher journals each session; the resume offer reuses it.
        PlayerLauncher[] launcher = new PlayerLauncher[1];
        AppShell shell = new AppShell(services, navigator -> launcher[0] =
                new PlayerLauncher(navigator, voice.takingTurns(cues), sound::get, clock, sessionClock)
                        .voiced(voice, speech::get)
                        .journaled(tasks, journaling))
                .withProfiles(dataDirectory, FileDialogs.fx());
        shell.withPreview(new PreviewPlayerLauncher(shell.navigator(), cues, sound::get, sessionClock));
        WindowIcons.addTo(stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        shell.install(stage, Math.max(AppShell.MIN_WIDTH, Math.min(1280, screen.getWidth())),
                Math.max(AppShell.MIN_HEIGHT, Math.min(800, screen.getHeight())));
        // A dark first frame: the scene is filled with the theme's background, and the window shows only once
        // the library has been styled and laid out, so no white window flashes in a dim room.
        shell.navigator().showLibrary();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        stage.show();
        Platform.runLater(() -> shown.complete(null));
        ReceiverStore store = ReceiverStore.of(dataDirectory);
        new UnfinishedSessionOffer(tasks, journaling, library, library, store, launcher[0]::resume,
                ZoneId.systemDefault(), sessionClock).offer(stage);
    }

    private static CueSettings cueSettings(Settings settings) {
        return new CueSettings(settings.volume(), settings.muted(), settings.paceTicks());
    }

    @Override
    public void stop() {
        if (cues != null) {
            cues.close();
        }
        if (speechOutput != null) {
            speechOutput.close();
        }
        tasks.close();
        if (journaling != null) {
            journaling.close();
        }
        if (instanceLock != null) {
            try {
                instanceLock.close();
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(EasebackApp.class).warn("Could not release the instance lock", e);
            }
        }
    }
}
