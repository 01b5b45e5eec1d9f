package org.easeback.ui.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.ui.app.AppShell;
import org.easeback.ui.app.ExecutorBackgroundTasks;
import org.easeback.ui.app.FontScaling;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.settings.Theme;

/**
 * The technique editor alone in a window, as the app will show it, for a look by hand and for screenshots under
 * Xvfb: {@code java -cp ... org.easeback.ui.studio.TechniqueEditorHarness [WIDTH HEIGHT [DATA-FOLDER [ID]]]}. With
 * an id it edits that user technique; otherwise a new one. Back quits.
 */
public final class TechniqueEditorHarness {

    private TechniqueEditorHarness() {
    }

    /** Launched through a class that is not the Application, so JavaFX may sit on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

    private final javafx.scene.layout.StackPane host = new javafx.scene.layout.StackPane();
    private AppScreen current;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        // As the app does: no bigger than the screen, or the window manager shrinks the window to nothing.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(screen.getWidth(), args.size() >= 2 ? Double.parseDouble(args.get(0)) : 1280);
        double height = Math.min(screen.getHeight(), args.size() >= 2 ? Double.parseDouble(args.get(1)) : 800);
        Path root = args.size() >= 3 ? Path.of(args.get(2)) : Files.createTempDirectory("easeback-technique");
        Theme.DARK.apply();
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks();
        AppNavigator navigator = new AppNavigator() {
            @Override
            public void show(AppScreen screen) {
                if (current != null) {
                    current.onHide();
                }
                current = screen;
                host.getChildren().setAll(screen.root());
                screen.onShow();
                screen.initialFocus().requestFocus();
            }

            @Override
            public void showLibrary() {
                Platform.exit();
            }

            @Override
            public void showSettings() {
            }
        };
        Scene scene = new Scene(host, width, height, Theme.DARK.background());
        scene.getStylesheets().add(AppShell.STYLESHEET);
        FontScaling.bind(scene);
        stage.setTitle("Easeback: technique editor");
        stage.setScene(scene);
        stage.setOnHidden(e -> tasks.close());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        TechniqueEditorScreens screens = new TechniqueEditorScreens(navigator, tasks, new DataDirectory(root),
                CatalogSafety::bundledOrEmpty);
        if (args.size() >= 4) {
            screens.editTechnique(args.get(3), navigator::showLibrary);
        } else {
            screens.newTechnique(navigator::showLibrary);
        }
    }
}
}
