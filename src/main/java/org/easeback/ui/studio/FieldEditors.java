package org.easeback.ui.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.easeback.routine.Pressure;
import org.easeback.routine.RoutineKeys;
import org.easeback.studio.RoutineField;
import org.easeback.studio.StepPath;

/**
 * The form beside the tree: the routine's fields when the routine is selected, else the selected step's, each with
 * the control its kind of value needs. Every diagnostic about a field shows under it, and marks it.
 */
final class FieldEditors {

    /** A field on the form: its control and the sentence under it. */
    private record Editor(Control control, Label problem) {
    }

    private static final Map<RoutineField, String> ROUTINE_LABELS = Map.of(RoutineField.TITLE, "T_itle",
            RoutineField.ID, "Id (the file's name for it)", RoutineField.SUMMARY, "Summary",
            RoutineField.AUTHOR, "Author", RoutineField.AUDIENCE, "Audience", RoutineField.LEVEL, "Level",
            RoutineField.LANGUAGE, "Language", RoutineField.CHECK_IN_EVERY_SECONDS,
            "Check-in at least every (seconds)", RoutineField.EQUIPMENT, "Equipment (one a line)");

    private final StudioViewModel model;
    private final Consumer<javafx.scene.control.Button> pictureChooser;
    private final VBox form = new VBox();
    private final Label heading = new Label();
    private final Label general = problemLabel();
    private final Map<String, Editor> editors = new LinkedHashMap<>();
    private StepPath showing = StepPath.ROUTINE;

    /** @param pictureChooser wires a "Choose picture…" button to the file dialog */
    FieldEditors(StudioViewModel model, Consumer<Button> pictureChooser) {
        this.model = model;
        this.pictureChooser = pictureChooser;
        form.getStyleClass().add("studio-form");
        heading.getStyleClass().add("studio-form-heading");
        model.editorRevisionProperty().addListener((o, was, now) -> build());
        model.checks().diagnostics().addListener((ListChangeListener<Object>) c -> mark());
        build();
    }

    Node node() {
        return form;
    }

    /** The first control of the form, for focus after a step is added. */
    Node first() {
        return editors.values().stream().findFirst().map(e -> (Node) e.control()).orElse(form);
    }

    /** Focuses the editor of {@code field}, or the form's first one when it has none. */
    void focus(String field) {
        Editor e = editors.get(field);
        (e != null ? e.control() : first()).requestFocus();
    }

    private void build() {
        editors.clear();
        showing = model.selectedProperty().get();
        form.getChildren().setAll(heading, general);
        if (model.selectedKindProperty().get().isEmpty()) {
            heading.setText("Routine");
            for (RoutineField f : StudioViewModel.FORM) {
                add(f.jsonName(), ROUTINE_LABELS.get(f), routineControl(f, model.routineField(f)));
            }
        } else {
            heading.setText("Step " + showing.number() + ": " + StudioWording.kindName(model.selectedKindProperty()
                    .get()));
            for (String name : model.stepFieldNames()) {
                add(name, StudioWording.fieldName(name), stepControl(name, model.stepField(name)));
            }
        }
        mark();
    }

    private void add(String field, String label, Control control) {
        Label l = new Label(label);
        l.setMnemonicParsing(label.contains("_"));
        l.setLabelFor(control);
        l.getStyleClass().add("form-label");
        l.setWrapText(true);
        control.getStyleClass().add("studio-field-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label problem = problemLabel();
        VBox box = new VBox(l, field.equals("image") ? withPictureButton(control) : control, problem);
        box.getStyleClass().add("form-field");
        if (field.equals("technique")) {
            box.getChildren().add(new TechniqueDiagram(model, model.stepField("technique"),
                    model.stepFieldNames().contains("side") ? model.stepField("side") : null).node());
        }
        form.getChildren().add(box);
        editors.put(field, new Editor(control, problem));
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.endTyping();
            }
        });
    }

    private Node withPictureButton(Control field) {
        Button choose = new Button("Choose picture\u2026");
        choose.getStyleClass().add("choose-picture");
        pictureChooser.accept(choose);
        HBox row = new HBox(field, choose);
        row.getStyleClass().add("picture-row");
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private Control routineControl(RoutineField f, StringProperty value) {
        return switch (f) {
            case AUDIENCE -> choice(value, List.of("partner", "self"));
            case LEVEL -> choice(value, List.of("home", "professional-only"));
            case SUMMARY, EQUIPMENT -> area(value, 3);
            default -> text(value);
        };
    }

    private Control stepControl(String field, StringProperty value) {
        return switch (field) {
            case "technique" -> new TechniqueChoice(model, value).node();
            case "side" -> choice(value, List.of("", "left", "right", "both", "each"));
            case "pressure" -> choice(value, java.util.Arrays.stream(Pressure.values()).map(Pressure::jsonName)
                    .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                            l -> { l.add(0, ""); return l; })));
            case "instructions" -> area(value, 4);
            case "say" -> area(value, 2);
            default -> RoutineKeys.WHOLE_NUMBERS.contains(field) ? number(value) : text(value);
        };
    }

    private static TextField text(StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static TextField number(StringProperty value) {
        TextField t = text(value);
        t.getStyleClass().add("number-field");
        return t;
    }

    private static TextArea area(StringProperty value, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        // Tab moves on, as in every other field (a TextArea would type it); Ctrl+Tab is how its behaviour moves on.
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                a.fireEvent(new KeyEvent(a, a, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        return a;
    }

    /** A closed choice; a value the list does not hold (read from a file) shows as it is, and its diagnostic says why. */
    private static ComboBox<String> choice(StringProperty value, List<String> options) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(options);
        if (!value.get().isEmpty() && !options.contains(value.get())) {
            c.getItems().add(value.get());
        }
        c.setValue(value.get());
        c.valueProperty().addListener((o, was, now) -> value.set(now == null ? "" : now));
        value.addListener((o, was, now) -> {
            if (!now.equals(c.getValue() == null ? "" : c.getValue())) {
                if (!c.getItems().contains(now)) {
                    c.getItems().add(now);
                }
                c.setValue(now);
            }
        });
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "(not set)" : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    private void mark() {
        StepPath at = showing;
        editors.forEach((field, e) -> {
            List<String> messages = model.checks().messagesAt(at, field);
            if (at.isRoutine() && field.equals("checkInEverySeconds")) {
                messages = java.util.stream.Stream.concat(messages.stream(),
                        model.checks().messagesAt(at, "safety").stream()).toList();
            }
            show(e.problem(), messages);
            e.control().getStyleClass().remove("has-problem");
            e.control().setTooltip(null);
            if (!messages.isEmpty()) {
                e.control().getStyleClass().add("has-problem");
                e.control().setTooltip(new Tooltip(String.join("\n", messages)));
            }
        });
        List<String> whole = new java.util.ArrayList<>(model.checks().messagesAt(at, ""));
        if (at.isRoutine()) {
            whole.addAll(model.checks().messagesAt(at, "steps"));
        } else {
            model.checks().diagnostics().stream().filter(d -> d.location().step().equals(at)
                    && !d.location().field().isEmpty() && !editors.containsKey(d.location().field()))
                    .forEach(d -> whole.add(d.message()));
        }
        show(general, whole);
    }

    private static void show(Label label, List<String> messages) {
        label.setText(String.join("\n", messages));
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** The text controls of the form, for tests that type into a field by name. */
    TextInputControl textField(String field) {
        return (TextInputControl) editors.get(field).control();
    }
}
