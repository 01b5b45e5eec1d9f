package org.easeback.ui.studio;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Save your changes?" over the editor when the trainer leaves with unsaved edits: Save, Discard or Cancel, from
 * the keyboard (S, D, Esc; Save has the focus) or the mouse. It is part of the screen, not a window, so it never
 * hides behind the app.
 */
final class TechniqueLeavePrompt extends StackPane {

    private final Label question = new Label();
    private final Button save = new Button("_Save");
    private final Button discard = new Button("_Discard changes");
    private final Button cancel = new Button("_Cancel");

    TechniqueLeavePrompt(Runnable onSave, Runnable onDiscard, Runnable onCancel) {
        getStyleClass().add("leave-prompt-layer");
        question.getStyleClass().add("leave-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        save.getStyleClass().addAll("accent", "leave-save");
        discard.getStyleClass().addAll("danger", "leave-discard");
        cancel.getStyleClass().add("leave-cancel");
        save.setOnAction(e -> {
            hide();
            onSave.run();
        });
        discard.setOnAction(e -> {
            hide();
            onDiscard.run();
        });
        cancel.setOnAction(e -> {
            hide();
            onCancel.run();
        });
        for (Button b : new Button[] {save, discard, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(save, discard, cancel);
        buttons.getStyleClass().add("leave-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(question, buttons);
        box.getStyleClass().add("leave-prompt");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(box);
        setVisible(false);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.fire();
            } else if (e.getCode() == KeyCode.S && !e.isControlDown()) {
                save.fire();
            } else if (e.getCode() == KeyCode.D) {
                discard.fire();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Asks about {@code name}'s unsaved changes, with the focus on Save. */
    void show(String name) {
        question.setText("Save your changes to " + (name.isBlank() ? "this technique" : "\u201c" + name + "\u201d")
                + " before leaving?");
        setVisible(true);
        save.requestFocus();
    }

    void hide() {
        setVisible(false);
    }

    boolean showing() {
        return isVisible();
    }
}
