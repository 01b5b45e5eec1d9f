package org.easeback.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Stands in for the session player until branch {@code uiplayer} is merged: shows what would start and goes back.
 * Delete it once {@link EasebackApp} wires the real player.
 */
final class PendingPlayer implements SessionLauncher {

    private final AppNavigator navigator;

    PendingPlayer(AppNavigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public void start(SessionRequest request) {
        Label what = new Label("The player is not part of this build yet. It would now guide \""
                + request.routine().title() + "\" for " + request.receiver().name() + ".");
        what.setWrapText(true);
        what.getStyleClass().add("page-heading");
        Button back = new Button("_Back to library");
        back.setDefaultButton(true);
        back.setCancelButton(true);
        back.setOnAction(e -> navigator.showLibrary());
        VBox box = new VBox(what, back);
        box.getStyleClass().addAll("screen", "page");
        box.setAlignment(Pos.CENTER);
        navigator.show(new Screen() {
            @Override
            public Node root() {
                return box;
            }

            @Override
            public Node initialFocus() {
                return back;
            }
        });
    }
}
