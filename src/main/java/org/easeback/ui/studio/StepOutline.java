package org.easeback.ui.studio;

import java.util.List;
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
}
