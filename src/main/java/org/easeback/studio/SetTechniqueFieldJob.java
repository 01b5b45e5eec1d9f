package org.easeback.studio;

import java.util.Optional;

/** Sets one field of a technique draft (name, pressure, instructions, ...) to the text typed. */
public record SetTechniqueFieldJob(TechniqueDraft draft, TechniqueField field, String before, String after)
        implements StudioJob {

    public static SetTechniqueFieldJob of(TechniqueDraft draft, TechniqueField field, String text) {
        return new SetTechniqueFieldJob(draft, field, draft.get(field), text);
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
        return next instanceof SetTechniqueFieldJob n && n.draft == draft && n.field == field
                ? Optional.of(new SetTechniqueFieldJob(draft, field, before, n.after)) : Optional.empty();
    }
}
