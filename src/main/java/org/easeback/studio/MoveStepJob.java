package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a step to another place in the tree. {@code to} is where it lands, read in the tree once the step has been
 * taken out of {@code from}, so that undoing is the same move the other way round.
 */
public record MoveStepJob(RoutineDraft draft, StepPath from, StepPath to, String description) implements StudioJob {

    /**
     * Alt+↑: one place up; into the end of a repeat just above it; out of a repeat, before it, from its first step.
     * Empty at the very top.
     */
    public static Optional<MoveStepJob> up(RoutineDraft draft, StepPath path) {
        int i = path.index();
        StepPath parent = path.parent();
        List<StepNode> siblings = draft.stepsOf(parent);
        if (i > 0) {
            StepNode above = siblings.get(i - 1);
            StepPath to = above.isRepeat() ? parent.child(i - 1).child(above.children().size()) : parent.child(i - 1);
            return Optional.of(new MoveStepJob(draft, path, to, "Move step " + path.number() + " up"));
        }
        if (parent.isRoutine()) {
            return Optional.empty();
        }
        return Optional.of(new MoveStepJob(draft, path, parent, "Move step " + path.number() + " out of the repeat"));
    }

    /**
     * Alt+↓: one place down; into the start of a repeat just below it; out of a repeat, after it, from its last step.
     * Empty at the very bottom.
     */
    public static Optional<MoveStepJob> down(RoutineDraft draft, StepPath path) {
        int i = path.index();
        StepPath parent = path.parent();
        List<StepNode> siblings = draft.stepsOf(parent);
        if (i < siblings.size() - 1) {
            StepNode below = siblings.get(i + 1);
            StepPath to = below.isRepeat() ? parent.child(i).child(0) : parent.child(i + 1);
            return Optional.of(new MoveStepJob(draft, path, to, "Move step " + path.number() + " down"));
        }
        if (parent.isRoutine()) {
            return Optional.empty();
        }
        return Optional.of(new MoveStepJob(draft, path, parent.withIndex(parent.index() + 1),
                "Move step " + path.number() + " out of the repeat"));
    }

    /**
     * A drag and drop: the step at {@code from} goes into the list at {@code targetList} (the routine or a repeat),
     * before the step now at {@code index} there. Empty if that is the step itself or inside it.
     */
    public static Optional<MoveStepJob> drop(RoutineDraft draft, StepPath from, StepPath targetList, int index) {
        if (targetList.within(from)) {
            return Optional.empty();
        }
        StepPath target = afterRemoval(targetList.child(index), from);
        if (target.equals(from)) {
            return Optional.empty();
        }
        return Optional.of(new MoveStepJob(draft, from, target, "Move step " + from.number()));
    }

    /** {@code target}, a place in the tree as it is, read once the step at {@code removed} is gone. */
    static StepPath afterRemoval(StepPath target, StepPath removed) {
        int d = removed.depth() - 1;
        List<Integer> t = new ArrayList<>(target.indices());
        if (t.size() > d && t.subList(0, d).equals(removed.indices().subList(0, d)) && t.get(d) > removed.index()) {
            t.set(d, t.get(d) - 1);
        }
        return new StepPath(t);
    }

    @Override
    public void execute() {
        move(from, to);
    }

    @Override
    public void undo() {
        move(to, from);
    }

    private void move(StepPath a, StepPath b) {
        StepNode node = draft.list(a.parent()).remove(a.index());
        draft.list(b.parent()).add(b.index(), node);
    }
}
