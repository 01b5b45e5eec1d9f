package org.easeback.ui.studio;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The list Insert (or Ctrl+Enter) opens over the tree: which kind of step to add, after the selected step or, for a
 * repeat, inside it. Enter adds and moves to the new step's first field; Esc closes it. It sits in the window, not in
 * a pop-up, so it reads in the same big type and the keyboard never loses it.
 */
final class StepKindPicker {

    /** One choice: a kind, after the selected step or inside the selected repeat. */
    record Choice(String kind, boolean inside) {
        String label() {
            return StudioWording.kindName(kind) + (inside ? ", inside the repeat" : "");
        }
    }

    private final StudioViewModel model;
    private final ListView<Choice> list = new ListView<>();
    private final VBox box;
    private Runnable closed = () -> { };
    private Runnable added = () -> { };

    StepKindPicker(StudioViewModel model) {
        this.model = model;
        Label heading = new Label("Add a step: Enter adds it, Esc closes");
        heading.getStyleClass().add("form-label");
        heading.setWrapText(true);
        // Wrapped over its lines rather than cut: the tree's column is narrow at 1024x700.
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.getStyleClass().add("step-kind-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                closed.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        box = new VBox(heading, list);
        box.getStyleClass().add("step-kind-picker");
        box.setVisible(false);
        box.setManaged(false);
    }

    Node node() {
        return box;
    }

    /** What to do once a step was added (focus its editor), and once the list closes without one. */
    void onDone(Runnable added, Runnable closed) {
        this.added = added;
        this.closed = closed;
    }

    boolean showing() {
        return box.isVisible();
    }

    void show() {
        List<Choice> choices = new ArrayList<>();
        StudioWording.KINDS.forEach(k -> choices.add(new Choice(k, false)));
        if (model.repeatSelected()) {
            StudioWording.KINDS.stream().filter(k -> !k.equals("repeat")).forEach(k -> choices.add(new Choice(k,
                    true)));
        }
        list.getItems().setAll(choices);
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(choices.size(), 8) * 2.2 * 16 + 8);
        box.setVisible(true);
        box.setManaged(true);
        list.requestFocus();
    }

    void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }

    private void choose(Choice c) {
        if (c == null) {
            return;
        }
        hide();
        if (c.inside()) {
            model.addStepInside(c.kind());
        } else {
            model.addStep(c.kind());
        }
        added.run();
    }
}
