package org.easeback.studio;

import java.util.Optional;

/** Sets one routine-level field (title, audience, check-in interval, ...) to the text typed. */
public record SetRoutineFieldJob(RoutineDraft draft, RoutineField field, String before, String after)
        implements StudioJob {

    /** The job that sets {@code field} of {@code draft} to {@code text}. */
    public static SetRoutineFieldJob of(RoutineDraft draft, RoutineField field, String text) {
        return new SetRoutineFieldJob(draft, field, draft.get(field), text);
    }

    @Override
    public void execute() {
        draft.set(field, after);
    }

    @Override
    public void undo() {
        draft.set(field, before);
    }

    @Override
    public String description() {
        return "Set " + FieldNames.of(field.jsonName());
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
        return next instanceof SetRoutineFieldJob n && n.draft == draft && n.field == field
                ? Optional.of(new SetRoutineFieldJob(draft, field, before, n.after)) : Optional.empty();
    }
}
