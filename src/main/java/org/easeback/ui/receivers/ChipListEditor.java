package org.easeback.ui.receivers;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of short texts (oils, sensitivities) shown as removable chips, with an editable combo box of suggestions
 * to add one: pick a suggestion or type your own, then Enter or Add.
 */
final class ChipListEditor extends VBox {

    private final ObservableList<String> items;
    private final ComboBox<String> input = new ComboBox<>();
    private final FlowPane chips = new FlowPane();

    ChipListEditor(String label, String prompt, ObservableList<String> items, List<String> suggestions,
                   ObservableStringValue error) {
        this.items = items;
        getStyleClass().add("chip-editor");
        Label title = new Label(label);
        title.getStyleClass().add("form-label");
        title.setLabelFor(input);

        input.setEditable(true);
        input.getItems().setAll(suggestions);
        input.setPromptText(prompt);
        input.setAccessibleText(label);
        input.getStyleClass().add("chip-input");
        input.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(input, Priority.ALWAYS);
        // Picking a suggestion from the list adds it at once.
        input.setOnAction(e -> {
            if (input.getValue() != null && input.getItems().contains(input.getValue()) && !input.isShowing()) {
                add();
            }
        });
        input.getEditor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add();
                e.consume();
            }
        });
        Button addButton = new Button("Add");
        addButton.getStyleClass().add("chip-add");
        addButton.setOnAction(e -> add());
        HBox row = new HBox(input, addButton);
        row.getStyleClass().add("chip-row");

        chips.getStyleClass().add("chips");
        items.addListener((ListChangeListener<String>) c -> refresh());
        refresh();

        Label problem = FieldError.of(error);
        getChildren().addAll(title, row, chips, problem);
    }

    ComboBox<String> input() {
        return input;
    }

    private void add() {
        String text = input.getEditor().getText();
        if (ReceiverEditorModel.addTo(items, text)) {
            input.getEditor().clear();
            input.setValue(null);
        }
    }

    private void refresh() {
        chips.getChildren().setAll(items.stream().map(item -> {
            Button chip = new Button(item + "  ✕");
            chip.getStyleClass().add("chip");
            chip.setAccessibleText("Remove " + item);
            chip.setOnAction(e -> items.remove(item));
            return chip;
        }).toList());
        chips.setVisible(!items.isEmpty());
        chips.setManaged(!items.isEmpty());
    }
}
