package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.safety.BackMap;

/**
 * Adds, moves or removes one point of a technique's diagram. Adding or moving a point onto the spine or a bone, or
 * so that the stroke crosses the spine, is refused with the back map's words, before anything changes.
 *
 * @param before the point there before (empty when adding)
 * @param after  the point there after (empty when removing)
 */
public record DiagramPointJob(TechniqueDraft draft, TechniqueDraft.Points list, int index,
                              Optional<MapPoint> before, Optional<MapPoint> after) implements StudioJob {

    /** A point edit, or why it is refused. */
    public sealed interface Edit {
        /** The edit is allowed: execute the job. */
        record Allowed(DiagramPointJob job) implements Edit {
        }

        /** The edit would put pressure where none may go; nothing changed. */
        record Refused(String reason) implements Edit {
        }
    }

    /** Inserts {@code point} at {@code index} of {@code list}. */
    public static Edit add(TechniqueDraft draft, TechniqueDraft.Points list, int index, MapPoint point) {
        if (draft.points(list).size() >= list.max()) {
            return new Edit.Refused("A diagram's " + list.jsonName() + " may hold at most " + list.max()
                    + " points; remove one first.");
        }
        return checked(new DiagramPointJob(draft, list, index, Optional.empty(), Optional.of(point)));
    }

    /** Moves the point at {@code index} of {@code list} to {@code point} (arrow keys, dragging). */
    public static Edit move(TechniqueDraft draft, TechniqueDraft.Points list, int index, MapPoint point) {
        return checked(new DiagramPointJob(draft, list, index, Optional.of(draft.points(list).get(index)),
                Optional.of(point)));
    }

    /** Removes the point at {@code index} of {@code list}; never refused. */
    public static DiagramPointJob remove(TechniqueDraft draft, TechniqueDraft.Points list, int index) {
        return new DiagramPointJob(draft, list, index, Optional.of(draft.points(list).get(index)), Optional.empty());
    }

    private static Edit checked(DiagramPointJob job) {
        MapPoint p = job.after.orElseThrow();
        Optional<String> onBone = BackMap.refusal(p);
        if (onBone.isPresent()) {
            return new Edit.Refused(onBone.get());
        }
        List<MapPoint> hands = new ArrayList<>(job.draft.points(TechniqueDraft.Points.HANDS));
        List<MapPoint> path = new ArrayList<>(job.draft.points(TechniqueDraft.Points.PATH));
        job.apply(job.list == TechniqueDraft.Points.HANDS ? hands : path, job.before, job.after);
        Optional<String> crossing = BackMap.diagramRefusal(new Diagram("glide", hands, path));
        return crossing.<Edit>map(why -> new Edit.Refused("Refused: " + why + "."))
                .orElseGet(() -> new Edit.Allowed(job));
    }

    @Override
    public void execute() {
        apply(draft.list(list), before, after);
    }

    @Override
    public void undo() {
        apply(draft.list(list), after, before);
    }

    private void apply(List<MapPoint> points, Optional<MapPoint> from, Optional<MapPoint> to) {
        if (from.isPresent() && to.isPresent()) {
            points.set(index, to.get());
        } else if (to.isPresent()) {
            points.add(index, to.get());
        } else {
            points.remove(index);
        }
    }

    @Override
    public String description() {
        String what = list == TechniqueDraft.Points.HANDS ? "hand" : "stroke point";
        return (before.isEmpty() ? "Add " : after.isEmpty() ? "Remove " : "Move ") + what + " " + (index + 1);
    }
}
