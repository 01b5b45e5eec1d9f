package org.easeback.ui.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the whole app in a window: holds the app and the robot, and gives the window focus before each
 * test. TestFX looks for {@code @Start} on the test class only, so each test declares
 * {@code @Start void start(Stage stage) { app = UiTestApp.show(stage); }} itself.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AppWindowFixture {

    protected UiTestApp app;
    protected FxRobot robot;

    @BeforeEach
    final void focusWindow(FxRobot robot) {
        this.robot = robot;
        app.focus(robot);
    }
}
