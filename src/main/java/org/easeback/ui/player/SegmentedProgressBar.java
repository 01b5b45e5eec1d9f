package org.easeback.ui.player;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.Region;

/**
 * Progress over the whole plan: one segment per entry, as wide as its share of the time (entries without a
 * length get a narrow fixed share), done segments filled, the current one filled up to its progress.
 */
public final class SegmentedProgressBar extends Region {

    /** One entry's segment: its width weight (e.g. seconds) and an extra style class (e.g. "segment-check-in"). */
    public record Segment(double weight, String styleClass) {
    }

    private static final double GAP = 3;

    private final IntegerProperty currentIndex = new SimpleIntegerProperty(this, "currentIndex", 0);
    private final DoubleProperty currentFraction = new SimpleDoubleProperty(this, "currentFraction", 0);
    private final List<Segment> segments = new ArrayList<>();
    private final List<Region> tracks = new ArrayList<>();
    private final List<Region> fills = new ArrayList<>();

    public SegmentedProgressBar() {
        getStyleClass().add("segmented-progress");
        currentIndex.addListener((o, a, b) -> restyle());
        currentFraction.addListener((o, a, b) -> requestLayout());
    }

    /** Replaces the segments, one per plan entry, in order. */
    public void setSegments(List<Segment> newSegments) {
        segments.clear();
        segments.addAll(newSegments);
        tracks.clear();
        fills.clear();
        getChildren().clear();
        for (Segment s : segments) {
            Region track = new Region();
            track.getStyleClass().add("segment");
            if (s.styleClass() != null && !s.styleClass().isBlank()) {
                track.getStyleClass().add(s.styleClass());
            }
            Region fill = new Region();
            fill.getStyleClass().add("segment-fill");
            tracks.add(track);
            fills.add(fill);
            getChildren().addAll(track, fill);
        }
        restyle();
    }

    /** The entry being played now; entries before it are shown done. Set it past the end to show all done. */
    public IntegerProperty currentIndexProperty() {
        return currentIndex;
    }

    /** How much of the current entry is done, 0 to 1. */
    public DoubleProperty currentFractionProperty() {
        return currentFraction;
    }

    private void restyle() {
        int current = currentIndex.get();
        for (int i = 0; i < tracks.size(); i++) {
            Region t = tracks.get(i);
            t.getStyleClass().removeAll("segment-done", "segment-current", "segment-todo");
            t.getStyleClass().add(i < current ? "segment-done" : i == current ? "segment-current" : "segment-todo");
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        int n = segments.size();
        if (n == 0) {
            return;
        }
        double usable = Math.max(0, w - GAP * (n - 1));
        double[] weights = weights(usable);
        double x = x0;
        int current = currentIndex.get();
        for (int i = 0; i < n; i++) {
            double sw = weights[i];
            tracks.get(i).resizeRelocate(snapPositionX(x), y, snapSizeX(sw), h);
            double filled = i < current ? sw
                    : i == current ? sw * Math.max(0, Math.min(1, currentFraction.get())) : 0;
            fills.get(i).setVisible(filled > 0);
            fills.get(i).resizeRelocate(snapPositionX(x), y, snapSizeX(filled), h);
            x += sw + GAP;
        }
    }

    private double[] weights(double usable) {
        int n = segments.size();
        double timed = segments.stream().mapToDouble(s -> Math.max(0, s.weight())).sum();
        // Untimed entries (open steps, check-ins) get a small fixed slice so they stay visible.
        double untimedShare = timed == 0 ? usable / n : Math.min(usable * 0.02, usable / n);
        long untimedCount = segments.stream().filter(s -> s.weight() <= 0).count();
        double forTimed = Math.max(0, usable - untimedShare * untimedCount);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double wgt = segments.get(i).weight();
            out[i] = wgt <= 0 ? untimedShare : forTimed * wgt / timed;
        }
        return out;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 14;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }
}
