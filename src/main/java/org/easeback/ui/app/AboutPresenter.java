package org.easeback.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.easeback.logging.BuildVersion;
import org.easeback.logging.LogSetup;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.about.AboutOverlay;
import org.easeback.ui.about.AboutViewModel;
import org.easeback.ui.kit.AboutOpener;

/**
 * Lays the About overlay over the window's root (F1 anywhere, or Settings' About button) and takes it away on
 * Esc, giving focus back to what had it. While it shows, the screen beneath is disabled, so its keys (the
 * player's too) stay still; only P, the pain key, goes through: it closes the panel first, so the stop shows.
 */
final class AboutPresenter implements AboutOpener {

    /** The log file LogSetup writes, inside the data folder's logs/. */
    static final String LOG_FILE = LogSetup.LOG_FILE;

    private final StackPane windowRoot;
    private final Path dataFolder;
    private final Path logFile;
    private AboutOverlay open;
    private Node focusBefore;
    private List<Node> underneath = List.of();
    private Window window;
    /** On the window, so it runs before any scene filter: P closes the panel, then the screen beneath acts. */
    private final EventHandler<KeyEvent> painKey = e -> {
        if (e.getCode() == KeyCode.P) {
            close();
        }
    };

    AboutPresenter(StackPane windowRoot, DataDirectory data) {
        this(windowRoot, data.root(), data.logs().resolve(LOG_FILE));
    }

    AboutPresenter(StackPane windowRoot, Path dataFolder, Path logFile) {
        this.windowRoot = Objects.requireNonNull(windowRoot);
        this.dataFolder = dataFolder;
        this.logFile = logFile;
    }

    /** F1 opens About from any screen, Esc included in the player: it only lays a panel over it. */
    void bindKey(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                showAbout();
            }
        });
    }

    @Override
    public void showAbout() {
        if (isOpen()) {
            return;
        }
        Scene scene = windowRoot.getScene();
        focusBefore = scene == null ? null : scene.getFocusOwner();
        open = new AboutOverlay(new AboutViewModel(BuildVersion.version(), dataFolder, logFile, this::close));
        // The screen beneath goes inert: its default and cancel buttons (Settings' Back on Esc) and its mnemonics
        // must not act while the panel covers it.
        underneath = List.copyOf(windowRoot.getChildren());
        underneath.forEach(n -> n.setDisable(true));
        windowRoot.getChildren().add(open.root());
        window = scene == null ? null : scene.getWindow();
        if (window != null) {
            window.addEventFilter(KeyEvent.KEY_PRESSED, painKey);
        }
        ScreenHost.focus(open.root(), open.initialFocus());
    }

    boolean isOpen() {
        return open != null && windowRoot.getChildren().contains(open.root());
    }

    void close() {
        if (open == null) {
            return;
        }
        windowRoot.getChildren().remove(open.root());
        open = null;
        if (window != null) {
            window.removeEventFilter(KeyEvent.KEY_PRESSED, painKey);
            window = null;
        }
        underneath.forEach(n -> n.setDisable(false));
        underneath = List.of();
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }
}
