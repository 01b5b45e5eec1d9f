package org.easeback.studio;

import java.util.Optional;

/** Sets one field of one step (seconds, side, title, ...) to the text typed. */
public record SetStepFieldJob(RoutineDraft draft, StepPath step, String field, String before, String after)
        implements StudioJob {

    /** The job that sets {@code field} of the step at {@code step} to {@code text}. */
    public static SetStepFieldJob of(RoutineDraft draft, StepPath step, String field, String text) {
        StepNode node = draft.step(step);
        if (!node.editableFields().contains(field)) {
            throw new IllegalArgumentException("a " + node.kind() + " step has no field '" + field + "'");
        }
        return new SetStepFieldJob(draft, step, field, node.field(field), text);
    }

    @Override
    public void execute() {
        draft.step(step).set(field, after);
    }

    @Override
    public void undo() {
        draft.step(step).set(field, before);
    }

    @Override
    public String description() {
        return "Set " + FieldNames.of(field) + " of step " + step.number();
    }

    @Override
    public boolean isTyping() {
        return true;
    }

    @Override
    public boolean changesNothing() {
        return before.equals(after);
    }

    @Override
    public Optional<StudioJob> coalesce(StudioJob next) {
        return next instanceof SetStepFieldJob n && n.draft == draft && n.step.equals(step) && n.field.equals(field)
                ? Optional.of(new SetStepFieldJob(draft, step, field, before, n.after)) : Optional.empty();
    }
}
