package org.easeback.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Sets one field of a draft to the text typed: a routine-level field (title, audience, check-in interval, ...), a
 * step's (seconds, side, title, ...) or a technique's (name, pressure, instructions, ...). A value the studio kept
 * as read (text where a number belongs, say) gives way to it, and comes back on undo; typing into one field
 * coalesces into one job.
 *
 * @param <F> the draft's field type
 */
public final class SetFieldJob<F> implements StudioJob {

    private final Fields<F> draft;
    private final F field;
    private final String before;
    private final String after;
    private final JsonNode keptBefore;

    private SetFieldJob(Fields<F> draft, F field, String before, String after, JsonNode keptBefore) {
        this.draft = draft;
        this.field = field;
        this.before = before;
        this.after = after;
        this.keptBefore = keptBefore;
    }

    /** The job that sets {@code field} of the routine {@code draft} to {@code text}. */
    public static SetFieldJob<RoutineField> of(RoutineDraft draft, RoutineField field, String text) {
        return of(new RoutineFields(draft), field, text);
    }

    /** The job that sets {@code field} of the step at {@code step} to {@code text}. */
    public static SetFieldJob<String> of(RoutineDraft draft, StepPath step, String field, String text) {
        StepNode node = draft.step(step);
        if (!node.editableFields().contains(field)) {
            throw new IllegalArgumentException("a " + node.kind() + " step has no field '" + field + "'");
        }
        return of(new StepFields(draft, step), field, text);
    }

    /** The job that sets {@code field} of the technique {@code draft} to {@code text}. */
    public static SetFieldJob<TechniqueField> of(TechniqueDraft draft, TechniqueField field, String text) {
        return of(new TechniqueFields(draft), field, text);
    }

    private static <F> SetFieldJob<F> of(Fields<F> draft, F field, String text) {
        return new SetFieldJob<>(draft, field, draft.get(field), text, draft.kept(field));
    }

    /** The text the field had before. */
    public String before() {
        return before;
    }

    /** The text the field has after. */
    public String after() {
        return after;
    }

    @Override
    public void execute() {
        draft.set(field, after);
        draft.unkeep(field);
    }

    @Override
    public void undo() {
        draft.set(field, before);
        if (keptBefore != null) {
            draft.keep(field, keptBefore);
        }
    }

    @Override
    public String description() {
        return draft.describe(field);
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
        return next instanceof SetFieldJob<?> n && n.draft.equals(draft) && n.field.equals(field)
                ? Optional.of(new SetFieldJob<>(draft, field, before, n.after, keptBefore)) : Optional.empty();
    }

    /** How the job reaches one kind of draft's fields; equal when they reach the same fields of the same draft. */
    private interface Fields<F> {
        String get(F field);

        void set(F field, String text);

        /** The job's description, as the undo menu shows it. */
        String describe(F field);

        /** The value kept as read that typing into {@code field} replaces, or null. */
        JsonNode kept(F field);

        void unkeep(F field);

        void keep(F field, JsonNode value);
    }

    private record RoutineFields(RoutineDraft target) implements Fields<RoutineField> {
        @Override
        public String get(RoutineField field) {
            return target.get(field);
        }

        @Override
        public void set(RoutineField field, String text) {
            target.set(field, text);
        }

        @Override
        public String describe(RoutineField field) {
            return "Set " + FieldNames.of(field.jsonName());
        }

        @Override
        public JsonNode kept(RoutineField field) {
            return target.kept().get(keptName(field));
        }

        @Override
        public void unkeep(RoutineField field) {
            target.unkeep(keptName(field));
        }

        @Override
        public void keep(RoutineField field, JsonNode value) {
            target.keep(keptName(field), value);
        }

        /** The top-level member a kept value of {@code field} sits in. */
        private static String keptName(RoutineField field) {
            return field == RoutineField.CHECK_IN_EVERY_SECONDS ? "safety" : field.jsonName();
        }
    }

    /** The fields of the step at {@code step}, by their JSON names. */
    private record StepFields(RoutineDraft target, StepPath step) implements Fields<String> {
        @Override
        public String get(String field) {
            return target.step(step).field(field);
        }

        @Override
        public void set(String field, String text) {
            target.step(step).set(field, text);
        }

        @Override
        public String describe(String field) {
            return "Set " + FieldNames.of(field) + " of step " + step.number();
        }

        @Override
        public JsonNode kept(String field) {
            return target.step(step).kept().get(field);
        }

        @Override
        public void unkeep(String field) {
            target.step(step).unkeep(field);
        }

        @Override
        public void keep(String field, JsonNode value) {
            target.step(step).keep(field, value);
        }
    }

    /** A technique draft keeps nothing as read: every field it has is text. */
    private record TechniqueFields(TechniqueDraft target) implements Fields<TechniqueField> {
        @Override
        public String get(TechniqueField field) {
            return target.get(field);
        }

        @Override
        public void set(TechniqueField field, String text) {
            target.set(field, text);
        }

        @Override
        public String describe(TechniqueField field) {
            return "Set " + FieldNames.of(field.jsonName());
        }

        @Override
        public JsonNode kept(TechniqueField field) {
            return null;
        }

        @Override
        public void unkeep(TechniqueField field) {
        }

        @Override
        public void keep(TechniqueField field, JsonNode value) {
        }
    }
}
