package org.easeback.routine;

/**
 * A point on the lower-back map, seen from behind with the receiver face down:
 * x from 0 (the receiver's left flank) to 1 (right flank), spine along x = 0.5;
 * y from 0 (bottom of the rib cage) to 1 (top of the sacrum).
 */
public record MapPoint(double x, double y) {

    /** The same point on the other side of the spine. */
    public MapPoint mirrored() {
        return new MapPoint(1.0 - x, y);
    }
}
