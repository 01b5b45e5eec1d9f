package org.easeback.ui.studio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.routine.Pressure;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.studio.TechniqueField;

/**
 * The technique's fields, one under the other, each with its label, its control and the first problem the check
 * found in it: name, id, instructions, pace, pressure and the most it may rise to, audience, motion, the zones it
 * works and avoids, and why it is safe at home. Leaving a field ends its undo step.
 */
final class TechniqueForm {

    private final TechniqueEditorModel model;
    private final Map<String, Node> focusTargets = new HashMap<>();
    private final VBox root = new VBox();

    TechniqueForm(TechniqueEditorModel model) {
        this.model = model;
        root.getStyleClass().add("technique-form");
        TextField name = text(TechniqueField.NAME, "e.g. Palm circles", "technique-name");
        TextField id = text(TechniqueField.ID, "Offered from the name", "technique-id");
        id.editableProperty().bind(model.freshProperty());
        Label idHint = hint("How routines name it: lower-case letters, digits and '-'. It cannot change once saved, "
                + "and may not be a bundled technique's.");
        TextArea instructions = new TextArea();
        instructions.setPromptText("One sentence a line, in the order the giver does them");
        instructions.setWrapText(true);
        instructions.setPrefRowCount(4);
        bind(instructions, TechniqueField.INSTRUCTIONS, "technique-instructions");
        TextField pace = text(TechniqueField.STROKES_PER_MINUTE, "e.g. 12", "technique-pace");
        pace.setPrefColumnCount(5);
        pace.setMaxWidth(Region.USE_PREF_SIZE);
        TextField reason = text(TechniqueField.LEVEL_REASON, "Why it is safe at home", "technique-level-reason");
        TextArea equipment = new TextArea();
        equipment.setPromptText("For a self-massage: one item a line, e.g. tennis ball");
        equipment.setPrefRowCount(2);
        bind(equipment, TechniqueField.EQUIPMENT, "technique-equipment");

        root.getChildren().addAll(
                field("Name (Alt+N)", "name", name),
                field("Id", "id", id, idHint),
                field("Instructions", "instructions", instructions),
                field("Default pace (strokes a minute; empty for none)", "strokesPerMinute", pace),
                field("Pressure", "pressure", choice(TechniqueField.PRESSURE, pressures(), "technique-pressure"),
                        hint("Gentle unless there is a reason: a home session starts gentle, and check-ins "
                                + "adjust it.")),
                field("Most pressure a check-in may raise it to", "maxPressure",
                        choice(TechniqueField.MAX_PRESSURE, pressures(), "technique-max-pressure")),
                field("For", "audience", choice(TechniqueField.AUDIENCE, List.of("partner", "self"),
                        "technique-audience")),
                field("Motion", "motion", choice(TechniqueField.MOTION, TechniqueCatalogLoader.MOTIONS,
                        "technique-motion")),
                field("Zones worked", "works", zones(TechniqueField.WORKS),
                        hint("The spine and the bones are never worked.")),
                field("Zones avoided", "avoids", zones(TechniqueField.AVOIDS),
                        hint("Every technique avoids the spine.")),
                field("Why it is safe at home", "levelReason", reason),
                field("Equipment", "equipment", equipment));
    }

    Node root() {
        return root;
    }

    /** The control to focus for a problem of {@code field} (by its name in the file), if the form has it. */
    Node focusTarget(String field) {
        return focusTargets.get(field);
    }

    /** Keeps the focused control on screen in {@code scroll}, so Tab never moves focus to something hidden. */
    void followFocus(javafx.scene.control.ScrollPane scroll) {
        follow(scroll, root);
    }

    private static void follow(javafx.scene.control.ScrollPane scroll, Node node) {
        if (node.isFocusTraversable()) {
            org.easeback.ui.kit.ScrollIntoView.follow(scroll, node);
        }
        if (node instanceof javafx.scene.Parent p && !(node instanceof Control)) {
            p.getChildrenUnmodifiable().forEach(child -> follow(scroll, child));
        }
    }

    private static List<String> pressures() {
        return java.util.Arrays.stream(Pressure.values()).map(Pressure::jsonName).toList();
    }

    private TextField text(TechniqueField f, String prompt, String styleClass) {
        TextField t = new TextField();
        t.setPromptText(prompt);
        bind(t, f, styleClass);
        return t;
    }

    private void bind(TextInputControl control, TechniqueField f, String styleClass) {
        control.getStyleClass().add(styleClass);
        if (control instanceof TextArea area) {
            // Tab moves on, as in every other field; a list item never needs a tab character.
            area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                            e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                            e.isMetaDown()));
                }
            });
        }
        control.textProperty().bindBidirectional(model.text(f));
        control.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                model.endTyping();
            }
        });
    }

    private Node choice(TechniqueField f, List<String> values, String styleClass) {
        FlowPane row = new FlowPane();
        row.getStyleClass().addAll("technique-choice", styleClass);
        ToggleGroup group = new ToggleGroup();
        StringProperty text = model.text(f);
        for (String value : values) {
            ToggleButton t = new ToggleButton(value);
            t.setUserData(value);
            t.setToggleGroup(group);
            t.getStyleClass().addAll("filter-toggle", styleClass + "-" + value);
            t.setSelected(value.equals(text.get()));
            row.getChildren().add(t);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // A choice is never emptied by clicking it again.
                if (old != null && old.getUserData().equals(text.get())) {
                    old.setSelected(true);
                }
            } else if (!now.getUserData().equals(text.get())) {
                model.choose(f, (String) now.getUserData());
            }
        });
        text.addListener((o, a, b) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(b))));
        return row;
    }

    private Node zones(TechniqueField f) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("technique-zones");
        for (String zone : TechniqueCatalogLoader.ZONES) {
            CheckBox box = new CheckBox(zone.replace('-', ' '));
            box.getStyleClass().add("zone-" + f.jsonName() + "-" + zone);
            box.setSelected(model.hasZone(f, zone));
            boolean fixed = f == TechniqueField.WORKS && TechniqueEditorModel.NO_PRESSURE_ZONES.contains(zone)
                    || f == TechniqueField.AVOIDS && "spine".equals(zone);
            box.setDisable(fixed && !(f == TechniqueField.WORKS && box.isSelected()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on != model.hasZone(f, zone) && !model.setZone(f, zone, on)) {
                    box.setSelected(!on);
                }
            });
            model.text(f).addListener((o, a, b) -> box.setSelected(model.hasZone(f, zone)));
            row.getChildren().add(box);
        }
        return row;
    }

    private VBox field(String label, String jsonName, Node control, Node... more) {
        Label title = new Label(label);
        title.getStyleClass().add("form-label");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        if (control instanceof Control c) {
            title.setLabelFor(c);
            c.setMaxWidth(c.getMaxWidth() == Region.USE_PREF_SIZE ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
        }
        focusTargets.put(jsonName, control instanceof FlowPane p && !p.getChildren().isEmpty()
                ? p.getChildren().get(0) : control);
        Label problem = new Label();
        problem.getStyleClass().addAll("field-error", "technique-field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemOf(jsonName));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(title, control);
        box.getChildren().addAll(more);
        box.getChildren().add(problem);
        box.getStyleClass().addAll("form-field", "technique-field-" + jsonName);
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
