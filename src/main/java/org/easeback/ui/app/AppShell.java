package org.easeback.ui.app;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import java.time.ZoneId;
import javafx.scene.control.Button;
import org.easeback.history.HistoryIndex;
import org.easeback.profile.ReceiverStore;
import org.easeback.routine.Routine;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.history.HistoryModel;
import org.easeback.ui.history.HistoryView;
import org.easeback.ui.receivers.ReceiversModel;
import org.easeback.ui.receivers.ReceiversView;
import org.kordamp.ikonli.material2.Material2MZ;
import org.easeback.ui.library.LibraryView;
import org.easeback.ui.library.LibraryViewModel;
import org.easeback.ui.library.RoutineImporter;
import org.easeback.ui.presession.PreSessionView;
import org.easeback.ui.presession.PreSessionViewModel;
import org.easeback.ui.settings.SettingsView;
import org.easeback.ui.settings.SettingsViewModel;
import org.easeback.ui.settings.VoiceSettingsModel;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.SessionLauncher;
import org.easeback.ui.kit.CloseGuard;
import org.easeback.ui.kit.PreviewLauncher;
import org.easeback.ui.kit.StudioLauncher;
import org.easeback.ui.studio.StudioScreens;
import org.easeback.ui.studio.TechniqueEditing;
import org.easeback.ui.studio.TechniqueEditorScreens;
import org.easeback.studio.CatalogSafety;

/**
 * Builds the main window's content from {@link AppServices}: the screen host, the library, the pre-session flow,
 * settings, and the hand-over to the player. Used by {@link EasebackApp}, the UI tests and the screenshot tour.
 */
public final class AppShell {

    /** The stylesheet with every style the app adds to the theme. */
    public static final String STYLESHEET = Objects.requireNonNull(
            AppShell.class.getResource("app.css"), "app.css is missing").toExternalForm();
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 700;

    private final AppServices services;
    private final ScreenHost host = new ScreenHost();
    private final SessionLauncher launcher;
    private DataDirectory profileData;
    private FileDialogs dialogs = FileDialogs.fx();
    private AboutPresenter about;
    private PreviewLauncher preview;
    private TechniqueEditing techniqueEditing;
    private StudioLauncher studio;

    /**
     * @param player makes the player's {@link SessionLauncher} for this window's navigator
     */
    public AppShell(AppServices services, Function<AppNavigator, SessionLauncher> player) {
        this.services = services;
        this.launcher = player.apply(host);
        host.setLibraryFactory(this::libraryScreen);
        host.setSettingsFactory(back -> new SettingsView(new SettingsViewModel(services.settings(), services.cues(),
                services.tasks()), new VoiceSettingsModel(services.settings(), services.voice()), back)
                .withAbout(() -> about().showAbout()));
        services.settings().property().addListener((o, a, b) -> b.theme().apply());
        services.settings().get().theme().apply();
    }

    public ScreenHost host() {
        return host;
    }

    public AppNavigator navigator() {
        return host;
    }

    public LibraryView libraryScreen() {
        // Import and the studio write into the data folder, so they are offered only with one.
        LibraryViewModel model = new LibraryViewModel(services.tasks(), services.library(), services.durations(),
                this::openPreSession, studio(),
                profileData != null ? RoutineImporter.into(profileData) : RoutineImporter.none());
        LibraryView view = new LibraryView(model, host::showSettings, dialogs);
        // Receivers and history: Alt+R and Alt+H from the library.
        if (profileData != null) {
            Button receivers = Icons.on(new Button("_Receivers"), Material2MZ.PEOPLE);
            receivers.getStyleClass().add("receivers-button");
            receivers.setOnAction(e -> host.show(receiversScreen()));
            Button history = Icons.on(new Button("_History"), Material2MZ.SHOW_CHART);
            history.getStyleClass().add("history-button");
            history.setOnAction(e -> host.show(historyScreen()));
            view.addHeaderButton(receivers);
            view.addHeaderButton(history);
        }
        return view;
    }

    /**
     * Adds the receivers and history screens over {@code data}; without it the library offers neither.
     */
    public AppShell withProfiles(DataDirectory data, FileDialogs dialogs) {
        this.profileData = data;
        this.dialogs = dialogs;
        this.studio = null;
        return this;
    }

    /** The studio plays previews with {@code preview}; without one it offers no preview. */
    public AppShell withPreview(PreviewLauncher preview) {
        this.preview = preview;
        this.studio = null;
        return this;
    }

    /** The studio opens {@code editing} for techniques; without one it offers no technique editor. */
    public AppShell withTechniqueEditing(TechniqueEditing editing) {
        this.techniqueEditing = editing;
        this.studio = null;
        return this;
    }

    /** The trainer studio over the data folder of {@link #withProfiles}; none without one. */
    public StudioLauncher studio() {
        if (profileData == null) {
            return StudioLauncher.none();
        }
        if (studio == null) {
            TechniqueEditing techniques = techniqueEditing != null ? techniqueEditing
                    : new TechniqueEditorScreens(host, services.tasks(), profileData, CatalogSafety::bundledOrEmpty);
            studio = new StudioScreens(host, profileData, services.tasks(), dialogs,
                    java.util.Optional.ofNullable(preview), java.util.Optional.of(techniques));
        }
        return studio;
    }

    /** The About overlay over this window (F1, or Settings' button), showing the data folder in use. */
    AboutPresenter about() {
        if (about == null) {
            about = new AboutPresenter(host.root(), profileData != null ? profileData : DataDirectory.resolve());
        }
        return about;
    }

    /** The household's receivers. */
    public ReceiversView receiversScreen() {
        return new ReceiversView(new ReceiversModel(services.tasks(), ReceiverStore.of(profileData)), host, dialogs);
    }

    /** Every session, and a receiver's charts. */
    public HistoryView historyScreen() {
        return new HistoryView(new HistoryModel(services.tasks(), new HistoryIndex(profileData)::load,
                ZoneId.systemDefault()), host, dialogs);
    }

    /** Shows the pre-session flow for {@code routine} (what Enter on a library card does). */
    public void openPreSession(Routine routine) {
        host.show(preSessionScreen(routine));
    }

    public PreSessionView preSessionScreen(Routine routine) {
        return new PreSessionView(new PreSessionViewModel(routine, services.tasks(), services.receivers(),
                services.planner(), launcher, host::showLibrary), services.cues().status());
    }

    /** A scene of this size with the stylesheet and text that scales with it. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(host.root(), width, height, services.settings().get().theme().background());
        services.settings().property().addListener((o, a, b) -> scene.setFill(b.theme().background()));
        scene.getStylesheets().add(STYLESHEET);
        FontScaling.bind(scene);
        return scene;
    }

    /** Puts the shell in {@code stage}: minimum size, F11 for full screen (Esc stays free for the player). */
    public void install(Stage stage, double width, double height) {
        Scene scene = createScene(width, height);
        stage.setTitle("Easeback");
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Press F11 to leave full screen.");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                e.consume();
            }
        });
        // A screen with unsaved work (the studio) asks before the window closes.
        stage.setOnCloseRequest(e -> {
            if (host.current() instanceof CloseGuard guard && !guard.mayCloseWindow(stage::close)) {
                e.consume();
            }
        });
        about().bindKey(scene);
        stage.setScene(scene);
    }
}
