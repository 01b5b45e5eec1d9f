package org.easeback.studio;

/** Inserts a step (new, duplicated or pasted) at a place in the tree. */
public record AddStepJob(RoutineDraft draft, StepPath at, StepNode node, String description) implements StudioJob {

    /** Adds a new step of {@code kind}, with {@link StepTemplates}' starting fields, at {@code at}. */
    public static AddStepJob newStep(RoutineDraft draft, StepPath at, String kind) {
        return new AddStepJob(draft, at, StepTemplates.of(kind), "Add " + kind + " step");
    }

    /** Adds a copy of the step at {@code path} right after it. */
    public static AddStepJob duplicate(RoutineDraft draft, StepPath path) {
        return new AddStepJob(draft, path.withIndex(path.index() + 1), draft.step(path).copy(),
                "Duplicate step " + path.number());
    }

    public AddStepJob {
        if (at.isRoutine()) {
            throw new IllegalArgumentException("a step goes into a list; the routine itself is no place");
        }
    }

    @Override
    public void execute() {
        draft.list(at.parent()).add(at.index(), node.copy());
    }

    @Override
    public void undo() {
        draft.list(at.parent()).remove(at.index());
    }
}
