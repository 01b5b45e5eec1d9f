package org.easeback.ui.player;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.engine.SessionClock;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.PreviewLauncher.Speed;

/**
 * A window to look at a preview by hand, before the studio calls it: a bundled routine at 20× in the real player,
 * and a stand-in studio that says which step the preview came back at. Arguments: ROUTINE-ID FROM-STEP (0-based).
 * Run from the test classpath, e.g. {@code java -cp target/classes:target/test-classes:DEPS
 * org.easeback.ui.player.PreviewWindow partner-short 2}.
 */
public final class PreviewWindow {

    private PreviewWindow() {
    }

    /** Launched from a class that is not the Application, so JavaFX runs from the classpath. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        String id = args.isEmpty() ? "partner-short" : args.get(0);
        int from = args.size() > 1 ? Integer.parseInt(args.get(1)) : 0;
        RoutineLibrary library = RoutineLibrary.load(Files.createTempDirectory("easeback-preview"), List.of());
        Routine routine = library.routines().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        Plan plan = new PlanCompiler(library.catalog()::find).compile(routine, Optional.empty(), PlanSettings.HOME)
                .compiledPlan().orElseThrow();
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        StackPane host = new StackPane();
        host.setStyle("-fx-font-size: 16px;");
        AppNavigator navigator = new AppNavigator() {
            @Override
            public void show(AppScreen screen) {
                host.getChildren().setAll(screen.root());
                screen.onShow();
                screen.initialFocus().requestFocus();
            }

            @Override
            public void showLibrary() {
                host.getChildren().setAll(new Label("The library (a preview must never come here)"));
            }

            @Override
            public void showSettings() {
            }
        };
        stage.setScene(new Scene(host, 1024, 700));
        stage.setTitle("Easeback preview");
        stage.show();
        new PreviewPlayerLauncher(navigator, CuePlayer.silent(), () -> CueSettings.DEFAULT, SessionClock.system())
                .preview(plan, Speed.TWENTY, from, index -> {
                    Label studio = new Label("Studio: back at step " + (index + 1) + " of " + plan.size());
                    studio.setStyle("-fx-font-size: 28px;");
                    host.getChildren().setAll(studio);
                });
    }
    }
}
