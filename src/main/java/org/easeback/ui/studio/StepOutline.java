package org.easeback.ui.studio;

import java.util.ArrayList;
import java.util.List;
import org.easeback.studio.RoutineDraft;
import org.easeback.studio.StepNode;
import org.easeback.studio.StepPath;

/**
 * One row of the step tree as the studio shows it: where the step is, its kind, a one-line description, and for a
 * repeat the rows inside it.
 */
public record StepOutline(StepPath path, String kind, String label, List<StepOutline> children) {

    public StepOutline {
        children = List.copyOf(children);
    }

    /** True if {@code other} has the same places and kinds all the way down: only the labels differ. */
    public boolean sameShape(StepOutline other) {
        if (!path.equals(other.path) || !kind.equals(other.kind) || children.size() != other.children.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).sameShape(other.children.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The rows of {@code steps}, the list at {@code list}, labelled with {@code catalog}'s technique names. */
    static List<StepOutline> of(List<StepNode> steps, StepPath list, StudioCatalog catalog) {
        List<StepOutline> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepNode s = steps.get(i);
            StepPath path = list.child(i);
            out.add(new StepOutline(path, s.kind(), path.number() + ". " + StudioWording.stepLabel(s, catalog),
                    of(s.children(), path, catalog)));
        }
        return out;
    }

    /** The place to select once the step at {@code gone} is no more: the one now there or before it, else up. */
    static StepPath nearest(RoutineDraft draft, StepPath gone) {
        StepPath p = gone;
        while (!p.isRoutine()) {
            StepPath parent = p.parent();
            if (parent.isRoutine() || draft.has(parent) && draft.step(parent).isRepeat()) {
                int size = draft.stepsOf(parent).size();
                return size > 0 ? parent.child(Math.min(p.index(), size - 1)) : parent;
            }
            p = parent;
        }
        return StepPath.ROUTINE;
    }
}
