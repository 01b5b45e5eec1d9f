package org.easeback.ui.receivers;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The sentence shown under a form field when something is wrong with it; hidden when there is nothing to say. */
final class FieldError {

    private FieldError() {
    }

    static Label of(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
