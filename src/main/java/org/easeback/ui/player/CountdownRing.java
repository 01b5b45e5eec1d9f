package org.easeback.ui.player;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * A large ring that empties as the entry's time runs out, with the remaining time as mm:ss in its centre.
 * With no total (open steps and check-ins) the ring is full and the centre shows the caption instead of a time.
 */
public final class CountdownRing extends Region {

    private final DoubleProperty remainingSeconds = new SimpleDoubleProperty(this, "remainingSeconds", 0);
    private final DoubleProperty totalSeconds = new SimpleDoubleProperty(this, "totalSeconds", 0);
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");

    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private final Label time = new Label();
    private final Label captionLabel = new Label();
    private final VBox centre = new VBox(time, captionLabel);

    public CountdownRing() {
        getStyleClass().add("countdown-ring");
        track.getStyleClass().add("ring-track");
        arc.getStyleClass().add("ring-arc");
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        time.getStyleClass().add("ring-time");
        captionLabel.getStyleClass().add("ring-caption");
        captionLabel.textProperty().bind(caption);
        caption.addListener((o, a, b) -> requestLayout());
        centre.setAlignment(Pos.CENTER);
        centre.setManaged(false);
        track.setManaged(false);
        arc.setManaged(false);
        getChildren().addAll(track, arc, centre);
        remainingSeconds.addListener((o, a, b) -> update());
        totalSeconds.addListener((o, a, b) -> update());
        update();
    }

    /** Seconds left in the entry. */
    public DoubleProperty remainingSecondsProperty() {
        return remainingSeconds;
    }

    /** The entry's length in seconds; 0 or less for entries that wait for the giver or the receiver. */
    public DoubleProperty totalSecondsProperty() {
        return totalSeconds;
    }

    /** Small text under the time, e.g. "left" or "press Done". */
    public StringProperty captionProperty() {
        return caption;
    }

    private void update() {
        double total = totalSeconds.get();
        if (total <= 0) {
            arc.setLength(-360);
            time.setText("");
            time.setVisible(false);
            time.setManaged(false);
        } else {
            double fraction = Math.max(0, Math.min(1, remainingSeconds.get() / total));
            arc.setLength(-360 * fraction);
            time.setText(PlayerFormat.clock(remainingSeconds.get()));
            time.setVisible(true);
            time.setManaged(true);
        }
        setAccessibleText(time.getText() + " " + caption.get());
        // The centre is unmanaged, so a wider text must ask this ring to lay it out again.
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double size = Math.min(w, h);
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2;
        // The ring's thickness follows its size so it reads the same from across the room at any window size.
        double thickness = Math.max(4, size * 0.07);
        double radius = Math.max(1, size / 2 - thickness / 2);
        track.setCenterX(cx);
        track.setCenterY(cy);
        track.setRadius(radius);
        track.setStrokeWidth(thickness);
        arc.setCenterX(cx);
        arc.setCenterY(cy);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        arc.setStrokeWidth(thickness);
        // The digits keep their CSS size when they fit inside the ring and shrink to fit when they do not.
        double inner = Math.max(1, 2 * (radius - thickness) * 0.92);
        double cw = centre.prefWidth(-1);
        double ch = centre.prefHeight(cw);
        double fit = Math.min(1, Math.min(inner / Math.max(1, cw), inner * 0.8 / Math.max(1, ch)));
        centre.resizeRelocate(cx - cw / 2, cy - ch / 2, cw, ch);
        centre.setScaleX(fit);
        centre.setScaleY(fit);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(snappedLeftInset() + snappedRightInset() + centre.prefWidth(-1) * 1.6, 200);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computePrefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }
}
