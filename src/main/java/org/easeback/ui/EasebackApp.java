package org.easeback.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public final class EasebackApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(EasebackApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Easeback");
        stage.setScene(new Scene(new Label("Easeback"), 1024, 700));
        stage.show();
    }
}
