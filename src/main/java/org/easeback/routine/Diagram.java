package org.easeback.routine;

import java.util.List;

/**
 * How the player draws a technique on the lower-back map: where the hands rest and which way they move.
 * Coordinates are on the back map (see {@link MapPoint}) and describe the LEFT side; the player mirrors them.
 *
 * @param motion one of "glide", "circle", "press", "hold", "rock", "roll", "none"
 * @param hands  where each hand (or ball, or roller) rests at the start
 * @param path   the stroke's direction, as a polyline; empty for holds
 */
public record Diagram(String motion, List<MapPoint> hands, List<MapPoint> path) {

    public Diagram {
        hands = List.copyOf(hands);
        path = List.copyOf(path);
    }

    /** A diagram with nothing to draw, for information-only techniques. */
    public static final Diagram NONE = new Diagram("none", List.of(), List.of());
}
