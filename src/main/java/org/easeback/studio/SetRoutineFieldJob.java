package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Sets one routine-level field (title, audience, check-in interval, ...) to the text typed; a value the studio kept
 * as read gives way to it, and comes back on undo.
 */
public record SetRoutineFieldJob(RoutineDraft draft, RoutineField field, String before, String after,
                                 JsonNode keptBefore) implements StudioJob {

    /** The job that sets {@code field} of {@code draft} to {@code text}. */
    public static SetRoutineFieldJob of(RoutineDraft draft, RoutineField field, String text) {
        return new SetRoutineFieldJob(draft, field, draft.get(field), text, draft.kept().get(keptName(field)));
    }

    @Override
    public void execute() {
        draft.set(field, after);
        draft.unkeep(keptName(field));
    }

    @Override
    public void undo() {
        draft.set(field, before);
        if (keptBefore != null) {
            draft.keep(keptName(field), keptBefore);
        }
    }

    /** The top-level member a kept value of {@code field} sits in. */
    private static String keptName(RoutineField field) {
        return field == RoutineField.CHECK_IN_EVERY_SECONDS ? "safety" : field.jsonName();
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
                ? Optional.of(new SetRoutineFieldJob(draft, field, before, n.after, keptBefore)) : Optional.empty();
    }
}
