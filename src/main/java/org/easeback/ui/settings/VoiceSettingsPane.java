package org.easeback.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.easeback.speech.SpeechStyle;
import org.easeback.speech.SpokenEvent;
import org.easeback.ui.kit.Icons;
import org.kordamp.ikonli.material2.Material2MZ;

/** The settings screen's voice section: the engine found, on/off, voice, rate, volume, moments, Test voice. */
final class VoiceSettingsPane {

    private final VBox root = new VBox();

    VoiceSettingsPane(VoiceSettingsModel model) {
        root.getStyleClass().addAll("choice-column", "voice-settings");

        Label engine = wrapping(new Label());
        engine.textProperty().bind(model.engineProperty());
        engine.getStyleClass().add("speech-engine");
        engine.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("missing"), false);
        model.engineFoundProperty().addListener((o, a, b) -> engine.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("missing"), !b));

        CheckBox on = new CheckBox("Speak the _guidance aloud");
        on.selectedProperty().bindBidirectional(model.enabledProperty());

        ComboBox<String> voice = new ComboBox<>(model.voices());
        voice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null || v.isEmpty() ? "The engine's default voice" : v;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        voice.valueProperty().bindBidirectional(model.voiceProperty());
        voice.setAccessibleText("Voice and language");
        voice.getStyleClass().add("voice-choice");

        Slider rate = new Slider(SpeechStyle.MIN_RATE, SpeechStyle.MAX_RATE, model.rateProperty().get());
        rate.setBlockIncrement(10);
        rate.setMajorTickUnit(10);
        rate.setSnapToTicks(true);
        rate.valueProperty().bindBidirectional(model.rateProperty());
        rate.setAccessibleText("Speaking rate");
        rate.getStyleClass().add("volume-slider");
        Label rateValue = new Label();
        rateValue.textProperty().bind(model.rateProperty().asString("%.0f words a minute"));
        rateValue.getStyleClass().add("volume-value");

        Slider volume = new Slider(0, 100, model.volumePercentProperty().get());
        volume.setBlockIncrement(10);
        volume.valueProperty().bindBidirectional(model.volumePercentProperty());
        volume.setAccessibleText("Voice volume");
        volume.getStyleClass().add("volume-slider");
        Label volumeValue = new Label();
        volumeValue.textProperty().bind(model.volumePercentProperty().asString("%.0f %%"));
        volumeValue.getStyleClass().add("volume-value");

        FlowPane moments = new FlowPane();
        moments.getStyleClass().add("spoken-moments");
        for (SpokenEvent e : SpokenEvent.values()) {
            CheckBox box = new CheckBox(VoiceSettingsModel.label(e));
            if (e == SpokenEvent.PAIN_STOP) {
                box.setSelected(true);
                box.setDisable(true); // the advice at a pain stop always speaks while the voice is on
            } else {
                box.selectedProperty().bindBidirectional(model.speaksProperty(e));
                box.disableProperty().bind(model.enabledProperty().not());
            }
            moments.getChildren().add(box);
        }

        Button test = Icons.on(new Button("Test _voice"), Material2MZ.RECORD_VOICE_OVER);
        test.getStyleClass().add("test-voice");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.testVoice());
        Label tested = wrapping(new Label());
        tested.getStyleClass().add("voice-test-result");
        tested.textProperty().bind(model.testResultProperty());
        tested.visibleProperty().bind(tested.textProperty().isNotEmpty());
        tested.managedProperty().bind(tested.visibleProperty());

        for (var control : new javafx.scene.Node[] {voice, rate, volume}) {
            control.disableProperty().bind(model.enabledProperty().not().or(model.engineFoundProperty().not()));
        }
        root.getChildren().addAll(engine, on, row(name("Voice"), voice), row(name("Rate"), rate, rateValue),
                row(name("Volume"), volume, volumeValue), moments, test, tested);
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("choice-row");
        return row;
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("voice-setting-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setPrefWidth(90);
        return l;
    }

    private static Label wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    VBox root() {
        return root;
    }
}
