package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, threads and all: it opens on the library and loads the bundled routines in the background. */
class EasebackAppTest {

    @TempDir
    Path data;

    private javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty(DataDirectory.PROPERTY);
    }

    @Test
    void opensOnTheLibraryWithTheBundledRoutinesAtTheMinimumSizeOrLarger() throws Exception {
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        Files.createDirectories(data);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(EasebackApp.class);
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".routine-card").tryQuery().isPresent());

        assertThat(robot.lookup(".screen-title").queryAs(Labeled.class).getText()).isEqualTo("Library");
        assertThat(robot.lookup(".card-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Lower-back massage for a partner");
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getMinWidth()).isEqualTo(1024);
        assertThat(stage.getMinHeight()).isEqualTo(700);
        assertThat(stage.getTitle()).isEqualTo("Easeback");
    }
}
