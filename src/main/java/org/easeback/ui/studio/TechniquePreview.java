package org.easeback.ui.studio;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.easeback.routine.Diagram;
import org.easeback.routine.Side;
import org.easeback.ui.backmap.BackMapView;

/**
 * The stroke as the player plays it: the player's back map, one stroke per pace beat (the player's beats come from
 * the engine; here a timeline stands in at the technique's default pace), on the side chosen for the preview.
 */
public final class TechniquePreview extends VBox {

    /** The beat when the technique has no pace of its own: one slow stroke every four seconds. */
    static final double UNPACED_SECONDS = 4;

    private final BackMapView map = new BackMapView();
    private final ObservableValue<String> pace;
    private final Label paceText = new Label();
    private Timeline beats;

    /** @param pace the strokes-per-minute field as typed */
    public TechniquePreview(ObservableValue<Diagram> diagram, ObservableValue<String> pace) {
        this.pace = pace;
        getStyleClass().add("technique-preview");
        setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label("Preview");
        title.getStyleClass().add("form-label");
        map.diagramProperty().bind(diagram);
        map.setMinSize(0, 0);
        map.setPrefSize(260, 180);
        VBox.setVgrow(map, Priority.ALWAYS);

        ToggleGroup group = new ToggleGroup();
        HBox sides = new HBox();
        sides.getStyleClass().add("preview-sides");
        for (Side side : new Side[] {Side.LEFT, Side.RIGHT, Side.BOTH}) {
            ToggleButton t = new ToggleButton(side == Side.LEFT ? "Left" : side == Side.RIGHT ? "Right" : "Both");
            t.setUserData(side);
            t.setToggleGroup(group);
            t.getStyleClass().addAll("filter-toggle", "preview-side-" + side.jsonName());
            t.setSelected(side == Side.LEFT);
            t.setFocusTraversable(false);
            t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            sides.getChildren().add(t);
        }
        map.sideProperty().set(Side.LEFT);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                map.sideProperty().set((Side) now.getUserData());
            }
        });
        paceText.getStyleClass().add("page-hint");
        paceText.setWrapText(true);
        paceText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        paceText.textProperty().bind(Bindings.createStringBinding(this::paceWords, pace));
        pace.addListener((o, a, b) -> {
            if (beats != null) {
                start();
            }
        });
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, sides);
        top.getStyleClass().add("preview-title-row");
        getChildren().addAll(top, map, paceText);
    }

    /** Starts the strokes; call when the screen is shown. */
    public void start() {
        stop();
        Duration beat = Duration.seconds(beatSeconds());
        beats = new Timeline(new KeyFrame(Duration.ZERO, e -> map.playStroke(beat.multiply(0.9))),
                new KeyFrame(beat));
        beats.setCycleCount(Animation.INDEFINITE);
        beats.play();
    }

    /** Stops the strokes; call when the screen is left, so no timeline outlives it. */
    public void stop() {
        if (beats != null) {
            beats.stop();
            beats = null;
        }
        map.stopStroke();
    }

    /** True while the strokes play. */
    public boolean playing() {
        return beats != null;
    }

    /** The back map the preview draws on. */
    public BackMapView backMap() {
        return map;
    }

    double beatSeconds() {
        int spm = strokesPerMinute();
        return spm > 0 ? 60.0 / spm : UNPACED_SECONDS;
    }

    private int strokesPerMinute() {
        String text = pace.getValue() == null ? "" : pace.getValue().trim();
        if (!text.matches("[0-9]{1,3}")) {
            return 0;
        }
        int spm = Integer.parseInt(text);
        return spm >= 1 && spm <= 120 ? spm : 0;
    }

    private String paceWords() {
        int spm = strokesPerMinute();
        return spm > 0 ? spm + " strokes a minute" : "No pace: a stroke every " + (int) UNPACED_SECONDS + " s";
    }
}
