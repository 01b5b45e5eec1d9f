package org.easeback.ui.player;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.easeback.ui.kit.Motion;

/**
 * A dot that swells on every pace beat, so the giver can keep the stroke rhythm without reading.
 * It has no timer of its own: the engine's beat events call {@link #beat(Duration)}.
 */
public final class PacePulse extends VBox {

    private final IntegerProperty strokesPerMinute = new SimpleIntegerProperty(this, "strokesPerMinute", 0);
    private final ReadOnlyIntegerWrapper beats = new ReadOnlyIntegerWrapper(this, "beats", 0);
    private final Circle halo = new Circle(28);
    private final Circle dot = new Circle(17);
    private final Label rate = new Label();
    private Timeline pulse;

    public PacePulse() {
        getStyleClass().add("pace-pulse");
        halo.getStyleClass().add("pace-halo");
        dot.getStyleClass().add("pace-dot");
        rate.getStyleClass().add("pace-rate");
        halo.setOpacity(0);
        StackPane disc = new StackPane(halo, dot);
        disc.getStyleClass().add("pace-disc");
        disc.setMinSize(62, 62);
        disc.setPrefSize(62, 62);
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().addAll(disc, rate);
        strokesPerMinute.addListener((o, a, b) -> update());
        update();
    }

    /** The pace shown under the dot; 0 or less means this entry has no pace and the pulse is hidden. */
    public IntegerProperty strokesPerMinuteProperty() {
        return strokesPerMinute;
    }

    /** How many beats were shown since the last reset; for tests. */
    public ReadOnlyIntegerProperty beatsProperty() {
        return beats.getReadOnlyProperty();
    }

    /** Shows one beat; the swell lasts most of {@code interval} (the time until the next beat). */
    public void beat(Duration interval) {
        beats.set(beats.get() + 1);
        if (pulse != null) {
            pulse.stop();
        }
        Duration length = Motion.of(interval == null || interval.greaterThan(Duration.millis(900))
                ? Duration.millis(900) : interval.multiply(0.9));
        pulse = new Timeline(
                new KeyFrame(Duration.ZERO,
                        new KeyValue(dot.scaleXProperty(), 1.35), new KeyValue(dot.scaleYProperty(), 1.35),
                        new KeyValue(halo.opacityProperty(), 0.9), new KeyValue(halo.scaleXProperty(), 0.7),
                        new KeyValue(halo.scaleYProperty(), 0.7)),
                new KeyFrame(length,
                        new KeyValue(dot.scaleXProperty(), 1, Interpolator.EASE_OUT),
                        new KeyValue(dot.scaleYProperty(), 1, Interpolator.EASE_OUT),
                        new KeyValue(halo.opacityProperty(), 0, Interpolator.EASE_OUT),
                        new KeyValue(halo.scaleXProperty(), 1.1, Interpolator.EASE_OUT),
                        new KeyValue(halo.scaleYProperty(), 1.1, Interpolator.EASE_OUT)));
        pulse.play();
    }

    /** Stops the swell and starts counting beats from zero, e.g. when a new entry starts. */
    public void reset() {
        if (pulse != null) {
            pulse.stop();
        }
        dot.setScaleX(1);
        dot.setScaleY(1);
        halo.setOpacity(0);
        beats.set(0);
    }

    private void update() {
        int spm = strokesPerMinute.get();
        setVisible(spm > 0);
        rate.setText(spm > 0 ? spm + " / min" : "");
    }
}
