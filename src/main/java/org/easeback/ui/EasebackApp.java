package org.easeback.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.easeback.profile.ReceiverStore;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.library.RoutineLibrarySource;
import org.easeback.ui.presession.ReceiverSource;
import org.easeback.ui.settings.CurrentSettings;
import org.easeback.ui.settings.Settings;
import org.easeback.ui.settings.SettingsStore;

/** The JavaFX application: one main window that opens on the library. */
public final class EasebackApp extends Application {

    private ExecutorBackgroundTasks tasks;
    private DataDirectory dataDirectory;
    private SettingsStore settingsStore;
    private Settings initialSettings;

    public static void launchApp(String[] args) {
        Application.launch(EasebackApp.class, args);
    }

    /** Runs on the launcher thread, so reading the settings file here keeps I/O off the FX thread. */
    @Override
    public void init() {
        tasks = new ExecutorBackgroundTasks();
        dataDirectory = DataDirectory.resolve();
        settingsStore = new SettingsStore(dataDirectory.settingsFile());
        initialSettings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        RoutineLibrarySource library = new RoutineLibrarySource(dataDirectory.routines());
        AppServices services = new AppServices(tasks, library, library, library,
                ReceiverSource.fromStore(ReceiverStore.of(dataDirectory)),
                new CurrentSettings(initialSettings, tasks, settingsStore));
        AppShell shell = new AppShell(services);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        shell.install(stage, Math.max(AppShell.MIN_WIDTH, Math.min(1280, screen.getWidth())),
                Math.max(AppShell.MIN_HEIGHT, Math.min(800, screen.getHeight())));
        stage.show();
        shell.navigator().showLibrary();
    }

    @Override
    public void stop() {
        tasks.close();
    }
}
