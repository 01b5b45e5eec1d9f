package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns random numbers into edits of a draft, for the undo properties: every edit the studio offers. */
record EditScript(int op, int a, int b, int c, String text) {

    static final List<String> KINDS = List.of("setup", "oil", "technique", "sore-spots", "check-in", "info", "repeat");

    /** The job this script stands for on {@code draft}, or empty if it does not apply (no step to move). */
    Optional<StudioJob> job(RoutineDraft draft) {
        List<StepPath> steps = paths(draft);
        List<StepPath> lists = new ArrayList<>(List.of(StepPath.ROUTINE));
        steps.stream().filter(p -> draft.step(p).isRepeat()).forEach(lists::add);
        StepPath step = steps.isEmpty() ? null : steps.get(a % steps.size());
        switch (op % 8) {
            case 0 -> {
                RoutineField f = RoutineField.values()[a % RoutineField.values().length];
                return Optional.of(SetFieldJob.of(draft, f, text));
            }
            case 1 -> {
                if (step == null || draft.step(step).editableFields().isEmpty()) {
                    return Optional.empty();
                }
                List<String> fields = draft.step(step).editableFields();
                return Optional.of(SetFieldJob.of(draft, step, fields.get(b % fields.size()), text));
            }
            case 2 -> {
                StepPath list = lists.get(b % lists.size());
                int at = c % (draft.stepsOf(list).size() + 1);
                return Optional.of(AddStepJob.newStep(draft, list.child(at), KINDS.get(a % KINDS.size())));
            }
            case 3 -> {
                return Optional.ofNullable(step).map(p -> RemoveStepJob.of(draft, p));
            }
            case 4 -> {
                return Optional.ofNullable(step).map(p -> AddStepJob.duplicate(draft, p));
            }
            case 5 -> {
                return Optional.ofNullable(step).flatMap(p -> MoveStepJob.up(draft, p));
            }
            case 6 -> {
                return Optional.ofNullable(step).flatMap(p -> MoveStepJob.down(draft, p));
            }
            default -> {
                if (step == null) {
                    return Optional.empty();
                }
                StepPath list = lists.get(b % lists.size());
                return MoveStepJob.drop(draft, step, list, c % (draft.stepsOf(list).size() + 1))
                        .map(StudioJob.class::cast);
            }
        }
    }

    /** Every step of the draft, depth first. */
    static List<StepPath> paths(RoutineDraft draft) {
        List<StepPath> out = new ArrayList<>();
        walk(draft, StepPath.ROUTINE, out);
        return out;
    }

    private static void walk(RoutineDraft draft, StepPath list, List<StepPath> out) {
        List<StepNode> steps = draft.stepsOf(list);
        for (int i = 0; i < steps.size(); i++) {
            StepPath p = list.child(i);
            out.add(p);
            if (steps.get(i).isRepeat()) {
                walk(draft, p, out);
            }
        }
    }
}
