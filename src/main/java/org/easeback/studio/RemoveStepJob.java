package org.easeback.studio;

/** Removes a step, and with a repeat every step inside it. */
public record RemoveStepJob(RoutineDraft draft, StepPath path, StepNode removed) implements StudioJob {

    /** The job that removes the step at {@code path}. */
    public static RemoveStepJob of(RoutineDraft draft, StepPath path) {
        return new RemoveStepJob(draft, path, draft.step(path).copy());
    }

    @Override
    public void execute() {
        draft.list(path.parent()).remove(path.index());
    }

    @Override
    public void undo() {
        draft.list(path.parent()).add(path.index(), removed.copy());
    }

    @Override
    public String description() {
        return "Remove step " + path.number();
    }
}
