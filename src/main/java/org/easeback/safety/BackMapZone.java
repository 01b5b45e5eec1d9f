package org.easeback.safety;

import java.util.List;
import org.easeback.routine.MapPoint;

/**
 * A no-pressure zone on the lower-back map (the spine or a bone), as a polygon the UI can draw.
 *
 * @param name    zone name from the catalog vocabulary: "spine", "iliac-crest", "sacrum" or "lower-ribs"
 * @param label   what the receiver calls it, e.g. "left hip bone (iliac crest)"
 * @param polygon corners in map coordinates, in drawing order
 * @param refusal the sentence shown when a sore spot lands in it: what it is, why not, and where to press instead
 */
public record BackMapZone(String name, String label, List<MapPoint> polygon, String refusal) {

    public BackMapZone {
        polygon = List.copyOf(polygon);
    }

    /** The rule a spot in this zone breaks. */
    public SafetyRule rule() {
        return "spine".equals(name) ? SafetyRule.SPINE_NO_PRESSURE : SafetyRule.BONE_NO_PRESSURE;
    }

    /** True if {@code p} lies inside the polygon (its edges count as inside for the bones). */
    public boolean contains(MapPoint p) {
        boolean inside = false;
        int n = polygon.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            MapPoint a = polygon.get(i);
            MapPoint b = polygon.get(j);
            if ((a.y() > p.y()) != (b.y() > p.y())) {
                double xCross = (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x();
                if (p.x() < xCross) {
                    inside = !inside;
                }
            }
        }
        return inside || onEdge(p);
    }

    private boolean onEdge(MapPoint p) {
        int n = polygon.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            MapPoint a = polygon.get(i);
            MapPoint b = polygon.get(j);
            double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
            boolean within = p.x() >= Math.min(a.x(), b.x()) - 1e-9 && p.x() <= Math.max(a.x(), b.x()) + 1e-9
                    && p.y() >= Math.min(a.y(), b.y()) - 1e-9 && p.y() <= Math.max(a.y(), b.y()) + 1e-9;
            if (within && Math.abs(cross) < 1e-9) {
                return true;
            }
        }
        return false;
    }
}
