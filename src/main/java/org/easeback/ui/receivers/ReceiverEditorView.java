package org.easeback.ui.receivers;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.profile.ReceiverRules;
import org.easeback.profile.StoredReceiver;
import org.easeback.routine.Pressure;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.receivers.ReceiverEditorModel.Field;

/**
 * Creates or edits one receiver: name, oils, sensitivities, preferred pressure on the left; the sore-spot map on the
 * right. Each problem shows as a sentence under its field, and each oil that a session would refuse shows its
 * refusal beside the oil as it is chosen, with that oil's cautions. Ctrl+S (or Alt+S) saves, Esc cancels.
 */
public final class ReceiverEditorView implements AppScreen {

    private final ReceiverEditorModel model;
    private final BorderPane root = new BorderPane();
    private final TextField name = new TextField();
    private final SoreSpotMapEditor mapEditor;

    /**
     * @param onSaved  called with the stored receiver after a save
     * @param onCancel what Cancel does: back to the list
     */
    public ReceiverEditorView(ReceiverEditorModel model, Consumer<StoredReceiver> onSaved, Runnable onCancel) {
        this.model = model;
        Objects.requireNonNull(onSaved);
        root.getStyleClass().addAll("screen", "receiver-editor");
        root.getStylesheets().add(ReceiversView.STYLESHEET);

        HBox titleRow = new HBox(ScreenChrome.title(
                model.isExisting() ? "Edit " + model.nameProperty().get() : "New receiver"));
        titleRow.getStyleClass().addAll("title-row", "screen-header");

        mapEditor = new SoreSpotMapEditor(model.map());
        Label mapTitle = new Label("Where does it hurt?");
        mapTitle.getStyleClass().add("form-label");
        mapTitle.setLabelFor(mapEditor.mapNode());
        VBox mapColumn = new VBox(mapTitle, mapEditor, FieldError.of(model.error(Field.SORE_SPOTS)));
        mapColumn.getStyleClass().add("map-column");
        VBox.setVgrow(mapEditor, Priority.ALWAYS);
        HBox.setHgrow(mapColumn, Priority.ALWAYS);

        ScrollPane formScroll = new ScrollPane(form());
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("receiver-form-scroll");
        HBox body = new HBox(formScroll, mapColumn);
        body.getStyleClass().add("receiver-editor-body");

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button save = new Button("_Save");
        save.getStyleClass().addAll("accent", "save-receiver");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save(onSaved));
        Label general = FieldError.of(model.error(Field.GENERAL));
        HBox.setHgrow(general, Priority.ALWAYS);
        general.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Label saveNote = FieldError.of(model.saveNoteProperty());
        saveNote.getStyleClass().setAll("label", "save-note");
        VBox notes = new VBox(general, saveNote);
        HBox.setHgrow(notes, Priority.ALWAYS);
        notes.setMaxWidth(Double.MAX_VALUE);
        // The note wraps; the buttons keep their words.
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(notes, spacer, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("screen-footer");

        root.setTop(titleRow);
        root.setCenter(body);
        root.setBottom(footer);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.save(onSaved);
                e.consume();
            }
        });
    }

    private Node form() {
        Label nameLabel = new Label("Name");
        nameLabel.getStyleClass().add("form-label");
        nameLabel.setLabelFor(name);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText("Who receives the massage, e.g. Sam");
        name.getStyleClass().add("receiver-name");
        name.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                c -> c.getControlNewText().length() > ReceiverRules.MAX_NAME ? null : c));
        VBox nameBox = new VBox(nameLabel, name, FieldError.of(model.error(Field.NAME)));
        nameBox.getStyleClass().add("form-field");

        Label carrierLabel = new Label("Carrier oil");
        carrierLabel.getStyleClass().add("form-label");
        ComboBox<String> carrier = new ComboBox<>();
        carrier.setEditable(true);
        carrier.getItems().setAll(ReceiverEditorModel.CARRIER_OILS);
        carrier.setPromptText("Choose one or type your own");
        carrier.getStyleClass().add("carrier-oil");
        carrier.setMaxWidth(Double.MAX_VALUE);
        carrier.getEditor().textProperty().bindBidirectional(model.carrierOilProperty());
        carrierLabel.setLabelFor(carrier);
        Label carrierHint = new Label("Essential oils are only ever used diluted in a carrier oil.");
        carrierHint.getStyleClass().add("page-hint");
        carrierHint.setWrapText(true);
        Label carrierRefusal = FieldError.of(model.carrierRefusalProperty());
        carrierRefusal.getStyleClass().addAll("oil-refusal", "carrier-refusal");
        VBox carrierBox = new VBox(carrierLabel, carrier, carrierHint, FieldError.of(model.error(Field.CARRIER_OIL)),
                carrierRefusal);
        carrierBox.getStyleClass().add("form-field");

        ChipListEditor oils = new ChipListEditor("Preferred essential oils", "e.g. lavender",
                model.essentialOils(), ReceiverEditorModel.ESSENTIAL_OILS, model.error(Field.ESSENTIAL_OILS));
        oils.input().getStyleClass().add("essential-oil-input");
        Label oilRefusal = FieldError.of(model.essentialOilRefusalProperty());
        oilRefusal.getStyleClass().addAll("oil-refusal", "essential-oil-refusal");
        Label cautions = FieldError.of(model.cautionsProperty());
        cautions.getStyleClass().setAll("label", "oil-cautions");

        ChipListEditor sensitivities = new ChipListEditor("Sensitivities and allergies", "e.g. nut allergy",
                model.sensitivities(), ReceiverEditorModel.SENSITIVITIES, model.error(Field.SENSITIVITIES));
        sensitivities.input().getStyleClass().add("sensitivity-input");

        VBox form = new VBox(nameBox, carrierBox, oils, oilRefusal, cautions, sensitivities, pressure());
        form.getStyleClass().add("receiver-form");
        return form;
    }

    private Node pressure() {
        Label label = new Label("Preferred pressure");
        label.getStyleClass().add("form-label");
        // Four labelled levels wrap onto two rows in a narrow window rather than being cut short.
        javafx.scene.layout.FlowPane toggles = new javafx.scene.layout.FlowPane();
        toggles.getStyleClass().add("pressure-choice");
        ToggleGroup group = new ToggleGroup();
        for (Pressure p : Pressure.values()) {
            ToggleButton t = new ToggleButton(capitalised(p.jsonName()) + " (" + p.scale() + ")");
            t.setUserData(p);
            t.setToggleGroup(group);
            t.getStyleClass().add("filter-toggle");
            t.setSelected(model.pressureProperty().get() == p);
            toggles.getChildren().add(t);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.pressureProperty().set((Pressure) now.getUserData());
            }
        });
        Label hint = new Label("On a scale of 1 to 10, where 10 is the most anyone could bear. A home session starts "
                + "gentle and never goes past 7; check-ins adjust it as you go.");
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        VBox box = new VBox(label, toggles, hint, FieldError.of(model.error(Field.PRESSURE)));
        box.getStyleClass().add("form-field");
        return box;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReceiverEditorModel model() {
        return model;
    }

    public SoreSpotMapEditor mapEditor() {
        return mapEditor;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return name;
    }
}
