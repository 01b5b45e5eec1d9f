package org.easeback.safety;

import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;

/**
 * The lower-back map's no-pressure zones: the spine and the bones. The article: never press on the spine or any bone.
 * Map coordinates: x 0 = receiver's left flank, 1 = right flank, spine along x = 0.5; y 0 = bottom of the rib cage
 * (top of the map), 1 = top of the sacrum (bottom of the map).
 */
public final class BackMap {

    /** Half the width of the spine band: a spot with |x - 0.5| below this is on the spine. */
    public static final double SPINE_HALF_WIDTH = 0.06;

    /** Where to press instead, in every refusal. */
    public static final String PRESS_INSTEAD = "Choose a point on the muscles beside the spine instead.";

    private static final String SPINE_REFUSAL = "This point is on the spine. Never press on the spine: "
            + "pressure there can cause more discomfort or worsen an injury. " + PRESS_INSTEAD;

    private static final String BONE_WHY = "Never press on a bone: it hurts and loosens no muscle. ";

    /** The spine band, full height. */
    public static final BackMapZone SPINE = new BackMapZone("spine", "spine", List.of(
            new MapPoint(0.5 - SPINE_HALF_WIDTH, 0), new MapPoint(0.5 + SPINE_HALF_WIDTH, 0),
            new MapPoint(0.5 + SPINE_HALF_WIDTH, 1), new MapPoint(0.5 - SPINE_HALF_WIDTH, 1)), SPINE_REFUSAL);

    /** The top of the sacrum, at the bottom centre of the map, wider than the spine band. */
    public static final BackMapZone SACRUM = new BackMapZone("sacrum", "sacrum (the flat bone at the base of the spine)",
            List.of(new MapPoint(0.40, 0.90), new MapPoint(0.60, 0.90), new MapPoint(0.64, 1.0),
                    new MapPoint(0.36, 1.0)),
            "This point is on the sacrum, the flat bone at the base of the spine. " + BONE_WHY
                    + "Choose a point on the muscles beside the spine instead, a little higher up.");

    /** The left hip bone's crest, in the lower left corner. */
    public static final BackMapZone LEFT_ILIAC_CREST = iliacCrest(true);
    /** The right hip bone's crest, in the lower right corner. */
    public static final BackMapZone RIGHT_ILIAC_CREST = iliacCrest(false);
    /** The lowest ribs on the left, in the upper left corner. */
    public static final BackMapZone LEFT_LOWER_RIBS = lowerRibs(true);
    /** The lowest ribs on the right, in the upper right corner. */
    public static final BackMapZone RIGHT_LOWER_RIBS = lowerRibs(false);

    /** Every no-pressure zone, the spine first, for drawing and for refusals. */
    public static final List<BackMapZone> ZONES = List.of(SPINE, SACRUM, LEFT_ILIAC_CREST, RIGHT_ILIAC_CREST,
            LEFT_LOWER_RIBS, RIGHT_LOWER_RIBS);

    private BackMap() {
    }

    /** Every no-pressure zone, the spine first. */
    public static List<BackMapZone> zones() {
        return ZONES;
    }

    /** Why a sore spot at this point is refused, or empty if it is on muscle and may be pressed. */
    public static Optional<String> refusal(MapPoint p) {
        if (!onMap(p)) {
            return Optional.of("This point is outside the lower-back map. Choose a point on the lower back.");
        }
        return zoneAt(p).map(BackMapZone::refusal);
    }

    /** The no-pressure zone this point lies in, if any (the spine wins where zones overlap). */
    public static Optional<BackMapZone> zoneAt(MapPoint p) {
        if (Math.abs(p.x() - 0.5) < SPINE_HALF_WIDTH) {
            return Optional.of(SPINE);
        }
        return ZONES.stream().filter(z -> z != SPINE && z.contains(p)).findFirst();
    }

    /**
     * Why a technique diagram would put pressure on the spine, or empty if it does not: no hand may start on the
     * spine band, and no stroke may touch or cross it.
     */
    public static Optional<String> diagramRefusal(Diagram diagram) {
        if ("none".equals(diagram.motion())) {
            return Optional.empty();
        }
        for (MapPoint hand : diagram.hands()) {
            if (Math.abs(hand.x() - 0.5) < SPINE_HALF_WIDTH) {
                return Optional.of("a hand starts on the spine at (" + hand.x() + ", " + hand.y()
                        + "); place it on the muscles beside the spine");
            }
        }
        List<MapPoint> path = diagram.path();
        for (int i = 0; i < path.size(); i++) {
            MapPoint a = path.get(i);
            if (Math.abs(a.x() - 0.5) < SPINE_HALF_WIDTH) {
                return Optional.of("the stroke touches the spine at (" + a.x() + ", " + a.y()
                        + "); keep it on the muscles beside the spine");
            }
            if (i > 0 && Math.signum(path.get(i - 1).x() - 0.5) * Math.signum(a.x() - 0.5) < 0) {
                return Optional.of("the stroke crosses the spine; keep each stroke on one side of it");
            }
        }
        return Optional.empty();
    }

    /**
     * Where a point is, in words the giver understands: "left side, low, beside the spine". Left and right are the
     * receiver's; low is near the sacrum, high is near the ribs.
     */
    public static String describe(MapPoint p) {
        double fromSpine = Math.abs(p.x() - 0.5);
        String height = p.y() < 1.0 / 3 ? "high" : p.y() < 2.0 / 3 ? "middle" : "low";
        if (fromSpine < SPINE_HALF_WIDTH) {
            return "on the spine, " + height;
        }
        String side = p.x() < 0.5 ? "left side" : "right side";
        String across = fromSpine < 0.15 ? "beside the spine" : fromSpine < 0.3 ? "between the spine and the flank"
                : "near the flank";
        return side + ", " + height + ", " + across;
    }

    private static boolean onMap(MapPoint p) {
        return p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1;
    }

    private static BackMapZone iliacCrest(boolean left) {
        List<MapPoint> shape = List.of(new MapPoint(0, 0.76), new MapPoint(0.10, 0.78), new MapPoint(0.20, 0.85),
                new MapPoint(0.28, 1.0), new MapPoint(0, 1.0));
        String side = left ? "left" : "right";
        return new BackMapZone("iliac-crest", side + " hip bone (iliac crest)", left ? shape : mirror(shape),
                "This point is on the " + side + " hip bone (the iliac crest). " + BONE_WHY
                        + "Choose a point on the muscles beside the spine instead, above the hip bone.");
    }

    private static BackMapZone lowerRibs(boolean left) {
        List<MapPoint> shape = List.of(new MapPoint(0, 0), new MapPoint(0.24, 0), new MapPoint(0.10, 0.08),
                new MapPoint(0, 0.16));
        String side = left ? "left" : "right";
        return new BackMapZone("lower-ribs", side + " lower ribs", left ? shape : mirror(shape),
                "This point is on the " + side + " lower ribs. " + BONE_WHY
                        + "Choose a point on the muscles beside the spine instead, below the ribs.");
    }

    private static List<MapPoint> mirror(List<MapPoint> shape) {
        return shape.stream().map(MapPoint::mirrored).toList();
    }
}
