package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Proves that headless TestFX (Monocle) runs inside the build: a key press reaches a focused button. */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {

    private int presses;

    @Start
    void start(Stage stage) {
        Button button = new Button("Press");
        button.setOnAction(e -> presses++);
        stage.setScene(new Scene(button, 200, 100));
        stage.show();
        stage.requestFocus();
        button.requestFocus();
    }

    @Test
    void spaceOnFocusedButtonFiresIt(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presses).isEqualTo(1);
    }
}
