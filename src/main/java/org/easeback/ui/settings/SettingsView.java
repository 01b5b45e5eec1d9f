package org.easeback.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.easeback.ui.kit.AboutOpener;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.easeback.ui.kit.SoundNotice;
import org.easeback.ui.kit.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/** The settings screen: theme, cue volume and mute, and a test of the sound. Esc or Enter goes back. */
public final class SettingsView implements AppScreen {

    private final BorderPane root = new BorderPane();
    private final RadioButton dark = new RadioButton("_Dark (for a dim room)");
    private final SoundNotice sound;
    private final HBox footer;

    public SettingsView(SettingsViewModel model, Runnable onBack) {
        this(model, null, onBack);
    }

    /** The settings screen with its voice section ({@code voice} null: none). */
    public SettingsView(SettingsViewModel model, VoiceSettingsModel voice, Runnable onBack) {
        root.getStyleClass().addAll("screen", "settings");
        root.setTop(ScreenChrome.header(ScreenChrome.title("Settings")));

        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("_Light");
        dark.setToggleGroup(themes);
        light.setToggleGroup(themes);
        dark.setUserData(Theme.DARK);
        light.setUserData(Theme.LIGHT);
        (model.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.themeProperty().set((Theme) b.getUserData());
            }
        });
        HBox themeChoice = new HBox(dark, light);
        themeChoice.getStyleClass().add("choice-row");

        Slider volume = new Slider(0, 100, model.volumePercentProperty().get());
        volume.setBlockIncrement(10); // the percentage beside it says the value; tick labels were unreadable
        volume.valueProperty().bindBidirectional(model.volumePercentProperty());
        volume.getStyleClass().add("volume-slider");
        volume.setAccessibleText("Cue volume");
        volume.disableProperty().bind(model.mutedProperty());
        Label volumeValue = new Label();
        volumeValue.textProperty().bind(model.volumePercentProperty().asString("%.0f %%"));
        volumeValue.getStyleClass().add("volume-value");
        HBox volumeRow = new HBox(volume, volumeValue);
        volumeRow.setAlignment(Pos.CENTER_LEFT);
        volumeRow.getStyleClass().add("choice-row");

        CheckBox mute = new CheckBox("_Mute all sound cues");
        mute.selectedProperty().bindBidirectional(model.mutedProperty());
        CheckBox ticks = new CheckBox("Soft _tick on every stroke, to keep the pace");
        ticks.selectedProperty().bindBidirectional(model.paceTicksProperty());
        ticks.disableProperty().bind(model.mutedProperty());
        Button test = new Button("Test _sound");
        test.getStyleClass().add("test-sound");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.testSound());
        Label tested = new Label();
        tested.getStyleClass().add("sound-test-result");
        tested.textProperty().bind(model.testResultProperty());
        tested.setWrapText(true);
        tested.setMinHeight(Region.USE_PREF_SIZE);
        tested.visibleProperty().bind(tested.textProperty().isNotEmpty());
        tested.managedProperty().bind(tested.visibleProperty());
        sound = new SoundNotice(model.soundStatus());
        VBox soundChoices = new VBox(mute, ticks, test, tested, sound.label("settings-sound-off"));
        soundChoices.getStyleClass().add("choice-column");

        GridPane form = new GridPane();
        form.getStyleClass().add("settings-form");
        form.addRow(0, label("Theme"), themeChoice);
        form.addRow(1, label("Cue volume"), volumeRow);
        form.addRow(2, label("Sound"), soundChoices);
        if (voice != null) {
            form.addRow(3, label("Voice"), new VoiceSettingsPane(voice).root());
        }

        Label hint = new Label("Changes take effect at once and are saved. "
                + "Tab moves between settings, arrow keys change them.");
        hint.getStyleClass().add("page-hint");
        hint.setWrapText(true);
        VBox page = new VBox(form, hint);
        page.getStyleClass().add("page");
        // The voice section makes the page taller than a small window: it scrolls rather than cut anything off.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        scroll.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, a, focused) -> {
                    if (inside(focused, page)) {
                        org.easeback.ui.kit.ScrollIntoView.reveal(scroll, focused);
                    }
                });
            }
        });
        root.setCenter(scroll);

        Button back = Icons.on(new Button("_Back"), Material2AL.ARROW_BACK);
        back.setCancelButton(true);
        back.setDefaultButton(true);
        back.setOnAction(e -> onBack.run());
        footer = new HBox(back);
        footer.getStyleClass().add("screen-footer");
        root.setBottom(footer);
    }

    /** Adds an "About" button (Alt+A) beside Back, which opens the version and licences. */
    public SettingsView withAbout(AboutOpener about) {
        Button button = Icons.on(new Button("_About Easeback"), Material2AL.INFO);
        button.getStyleClass().add("about-button");
        button.setOnAction(e -> about.showAbout());
        footer.getChildren().add(button);
        return this;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE); // a wide section beside it must never squeeze its name to "..."
        return l;
    }

    @Override
    public void onHide() {
        sound.close();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return dark.isSelected() ? dark : dark.getToggleGroup().getSelectedToggle() instanceof Node n ? n : dark;
    }
}
