package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Sets one field of one step (seconds, side, title, ...) to the text typed; a value the studio kept as read (text
 * where a number belongs, say) gives way to it, and comes back on undo.
 */
public record SetStepFieldJob(RoutineDraft draft, StepPath step, String field, String before, String after,
                              JsonNode keptBefore) implements StudioJob {

    /** The job that sets {@code field} of the step at {@code step} to {@code text}. */
    public static SetStepFieldJob of(RoutineDraft draft, StepPath step, String field, String text) {
        StepNode node = draft.step(step);
        if (!node.editableFields().contains(field)) {
            throw new IllegalArgumentException("a " + node.kind() + " step has no field '" + field + "'");
        }
        return new SetStepFieldJob(draft, step, field, node.field(field), text, node.kept().get(field));
    }

    @Override
    public void execute() {
        draft.step(step).set(field, after);
        draft.step(step).unkeep(field);
    }

    @Override
    public void undo() {
        draft.step(step).set(field, before);
        if (keptBefore != null) {
            draft.step(step).keep(field, keptBefore);
        }
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
                ? Optional.of(new SetStepFieldJob(draft, step, field, before, n.after, keptBefore)) : Optional.empty();
    }
}
