package org.easeback.ui.studio;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.easeback.routine.Technique;

/**
 * The technique of a step, chosen from the catalog by name: typing the first letters of a name picks it, so the
 * keyboard alone suffices. A professional-only technique is listed as such; choosing one shows the loader's
 * refusal under the field, as {@code validate} words it.
 */
final class TechniqueChoice {

    private static final long TYPE_AHEAD_MILLIS = 1200;

    private final StudioViewModel model;
    private final ComboBox<String> box = new ComboBox<>();
    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    TechniqueChoice(StudioViewModel model, StringProperty value) {
        this.model = model;
        box.getStyleClass().add("technique-choice");
        fill(value.get());
        model.techniques().addListener((ListChangeListener<Technique>) c -> fill(value.get()));
        box.setValue(value.get());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return label(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : label(id));
            }
        });
        box.valueProperty().addListener((o, was, now) -> value.set(now == null ? "" : now));
        value.addListener((o, was, now) -> {
            if (!now.equals(box.getValue() == null ? "" : box.getValue())) {
                fill(now);
                box.setValue(now);
            }
        });
        box.addEventHandler(KeyEvent.KEY_TYPED, this::typeAhead);
    }

    ComboBox<String> node() {
        return box;
    }

    private void fill(String current) {
        java.util.List<String> ids = new java.util.ArrayList<>(model.techniques().stream().map(Technique::id).toList());
        if (!current.isEmpty() && !ids.contains(current)) {
            ids.add(0, current);
        }
        if (!box.getItems().equals(ids)) {
            box.getItems().setAll(ids);
        }
    }

    private String label(String id) {
        if (id == null || id.isEmpty()) {
            return "(choose a technique)";
        }
        return model.catalog().catalog().find(id).map(t -> t.name()
                + (t.professionalOnly() ? " (professional)" : "")
                + (model.catalog().userIds().contains(id) ? " (yours)" : ""))
                .orElse(id + " (not in the catalog)");
    }

    private void typeAhead(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isControlDown() || e.isAltDown()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastKey > TYPE_AHEAD_MILLIS) {
            typed.setLength(0);
        }
        lastKey = now;
        typed.append(ch.toLowerCase(Locale.ROOT));
        String prefix = typed.toString();
        box.getItems().stream().filter(id -> label(id).toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst()
                .ifPresent(box::setValue);
        e.consume();
    }
}
