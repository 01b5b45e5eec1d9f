package org.easeback.profile;

import org.easeback.routine.MapPoint;

/** A spot the receiver pointed at on the lower-back map, with an optional note. */
public record SoreSpot(double x, double y, String note) {

    public SoreSpot {
        note = note == null ? "" : note;
    }

    public MapPoint point() {
        return new MapPoint(x, y);
    }
}
