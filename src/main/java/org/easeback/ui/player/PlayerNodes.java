package org.easeback.ui.player;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The small node builders the player's panes share: styled labels, key-labelled buttons, cards, scrollers. */
final class PlayerNodes {

    private PlayerNodes() {
    }

    static Label label(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** A label that wraps, so no word is ever cut off with an ellipsis. */
    static Label wrapping(String styleClass, String text) {
        Label l = label(styleClass, text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Label bound(String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        return l;
    }

    /** A bound label that wraps and is only there when it has text. */
    static Label boundWrapping(String styleClass, ObservableValue<String> text) {
        Label l = bound(styleClass, text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static Button button(String action, String key, String styleClass, Runnable handler) {
        Label actionLabel = label("button-action", action);
        Label keyLabel = label("button-key", key);
        actionLabel.setMinWidth(Region.USE_PREF_SIZE);
        keyLabel.setMinWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(actionLabel, keyLabel);
        content.setAlignment(Pos.CENTER);
        Button b = new Button(action, content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("player-button", styleClass);
        b.setMinWidth(Region.USE_PREF_SIZE);
        // Keys are handled by the scene filter; buttons must not take focus and swallow Space.
        b.setFocusTraversable(false);
        b.setAccessibleText(action + " (" + key + ")");
        b.setOnAction(e -> handler.run());
        return b;
    }

    static void bindAction(Button b, ObservableValue<String> text) {
        Label action = (Label) ((VBox) b.getGraphic()).getChildren().get(0);
        action.textProperty().bind(text);
        b.textProperty().bind(text);
    }

    /** A card of {@code content} centred over the player; {@code kind} names its styles. */
    static Node overlay(String kind, Node... content) {
        VBox card = new VBox(content);
        card.getStyleClass().addAll("overlay-card", kind + "-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.getStyleClass().addAll("player-overlay", kind + "-overlay");
        return overlay;
    }

    /** A vertical scroller for long text: fits the width, never takes focus (the keys scroll it). */
    static ScrollPane scroller(Node content, String styleClass) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        s.setFocusTraversable(false);
        s.getStyleClass().addAll("player-scroll", styleClass);
        return s;
    }
}
