package org.easeback.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.easeback.routine.Routine;
import org.easeback.ui.kit.LibrarySource;
import org.easeback.ui.presession.PreSessionView;
import org.easeback.ui.presession.PreSessionViewModel;
import org.easeback.ui.presession.ReceiverSource;
import org.easeback.ui.settings.CurrentSettings;
import org.easeback.ui.settings.Settings;
import org.easeback.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.Motion;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;
import org.easeback.ui.kit.SessionRequest;

/**
 * The app shell with deterministic fakes, for TestFX tests and the screenshot tour: the sample library, work run
 * at once on the calling thread, settings in a temporary folder, animations instant, and every session start
 * recorded in {@link #started}.
 *
 * <p>In a TestFX test: {@code @Start void start(Stage stage) { app = UiTestApp.show(stage); }}, then drive it with
 * the {@link FxRobot}; call {@link #focus(FxRobot)} first, because headless stages do not take focus on their own
 * since JavaFX 20 (TestFX #749).
 */
public final class UiTestApp {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    public final Stage stage;
    public final AppShell shell;
    public final CurrentSettings settings;
    public final AppServices services;
    /** Every request handed to the player, in order. */
    public final List<SessionRequest> started = new ArrayList<>();

    private UiTestApp(Stage stage, LibrarySource library) {
        Motion.instant();
        this.stage = stage;
        BackgroundTasks tasks = new SameThreadBackgroundTasks();
        Path settingsFile;
        try {
            settingsFile = Files.createTempDirectory("easeback-ui-test").resolve("settings.json");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        settings = new CurrentSettings(Settings.DEFAULTS, tasks, new SettingsStore(settingsFile));
        services = new AppServices(tasks, library, SampleLibrary.DURATIONS, SampleLibrary.PLANNER,
                ReceiverSource.guestOnly(), settings);
        shell = new AppShell(services, navigator -> started::add);
        shell.install(stage, WIDTH, HEIGHT);
    }

    /** Shows the library of {@link SampleLibrary} in {@code stage} at 1280×800. Call on the FX thread. */
    public static UiTestApp show(Stage stage) {
        return show(stage, SampleLibrary::contents);
    }

    /** Shows the library from {@code library} in {@code stage} at 1280×800. Call on the FX thread. */
    public static UiTestApp show(Stage stage, LibrarySource library) {
        UiTestApp app = new UiTestApp(stage, library);
        stage.show();
        stage.requestFocus();
        app.shell.navigator().showLibrary();
        return app;
    }

    /** Shows the pre-session flow for {@code routine} and returns its view model, to move it along directly. */
    public PreSessionViewModel preSession(Routine routine) {
        PreSessionViewModel model = new PreSessionViewModel(routine, services.tasks(), services.receivers(),
                services.planner(), started::add, navigator()::showLibrary);
        navigator().show(new PreSessionView(model));
        return model;
    }

    public AppNavigator navigator() {
        return shell.navigator();
    }

    /** Gives the window keyboard focus and lets the FX thread settle; call before sending keys. */
    public void focus(FxRobot robot) {
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
