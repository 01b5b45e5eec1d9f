package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Technique;
import org.easeback.safety.CatalogSafetyRules;

/**
 * What {@code validate} would say about a diagram edit the studio refuses: the catalog's own diagram rule run on the
 * draft's diagram as the edit would leave it, so a point refused while drawing reads as it does in a catalog file.
 */
public final class DiagramRefusals {

    private DiagramRefusals() {
    }

    /**
     * The catalog rule's words for {@code draft} with its {@code list} changed to {@code points}, or empty if the
     * rule has nothing to say (the edit may still be refused for another reason, such as leaving the map).
     */
    public static Optional<String> of(TechniqueDraft draft, TechniqueDraft.Points list, List<MapPoint> points) {
        List<MapPoint> hands = list == TechniqueDraft.Points.HANDS ? points
                : draft.points(TechniqueDraft.Points.HANDS);
        List<MapPoint> path = list == TechniqueDraft.Points.PATH ? points : draft.points(TechniqueDraft.Points.PATH);
        String motion = draft.get(TechniqueField.MOTION);
        // A motion of "none" draws nothing; the point is still refused, so judge the stroke as drawn.
        Diagram diagram = new Diagram(motion.isEmpty() || "none".equals(motion) ? "glide" : motion, hands, path);
        String id = draft.get(TechniqueField.ID).isEmpty() ? "new-technique" : draft.get(TechniqueField.ID);
        Technique t = new Technique(id, draft.get(TechniqueField.NAME), List.of(), Pressure.DEFAULT,
                Pressure.DEFAULT, List.of(), List.of("spine"), Level.HOME, "", Audience.PARTNER, List.of(),
                OptionalInt.empty(), diagram);
        return CatalogSafetyRules.DIAGRAM.check(t).stream().findFirst();
    }

    /** {@code points} with {@code point} put at {@code index}: inserted, or in place of the one there. */
    public static List<MapPoint> with(List<MapPoint> points, int index, MapPoint point, boolean replace) {
        List<MapPoint> out = new ArrayList<>(points);
        if (replace) {
            out.set(index, point);
        } else {
            out.add(index, point);
        }
        return out;
    }
}
