package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Routine;
import org.easeback.routine.Side;
import org.easeback.routine.Step;
import org.easeback.safety.BackMap;

/**
 * Which step of the draft each plan entry came from, so that choosing an entry of the live plan selects its step and a
 * preview can come back to the step it stopped at. Inserted check-ins come from no step. If the plan does not have the
 * shape the steps predict, nothing is mapped rather than something wrong.
 */
public final class PlanOrigins {

    private PlanOrigins() {
    }

    /** For each entry of {@code plan}, the path of its step (empty for inserted check-ins); all empty if unsure. */
    public static List<Optional<StepPath>> of(Plan plan, Routine routine, Optional<Receiver> receiver) {
        List<StepPath> expected = new ArrayList<>();
        expand(routine.steps(), StepPath.ROUTINE, receiver, expected);
        List<Optional<StepPath>> out = new ArrayList<>();
        int next = 0;
        for (PlanEntry e : plan.entries()) {
            if (e.checkIn() && e.inserted()) {
                out.add(Optional.empty());
            } else if (next < expected.size()) {
                out.add(Optional.of(expected.get(next++)));
            } else {
                return unmapped(plan);
            }
        }
        return next == expected.size() ? List.copyOf(out) : unmapped(plan);
    }

    private static List<Optional<StepPath>> unmapped(Plan plan) {
        return plan.entries().stream().map(e -> Optional.<StepPath>empty()).toList();
    }

    private static void expand(List<Step> steps, StepPath list, Optional<Receiver> receiver, List<StepPath> out) {
        for (int i = 0; i < steps.size(); i++) {
            StepPath path = list.child(i);
            Step step = steps.get(i);
            if (step instanceof Step.Repeat r) {
                for (int n = 0; n < r.times(); n++) {
                    expand(r.steps(), path, receiver, out);
                }
            } else {
                for (int n = entries(step, receiver); n > 0; n--) {
                    out.add(path);
                }
            }
        }
    }

    private static int entries(Step step, Optional<Receiver> receiver) {
        if (step instanceof Step.Technique t) {
            return t.side() == Side.EACH ? 2 : 1;
        }
        if (step instanceof Step.SoreSpots) {
            long valid = receiver.map(Receiver::soreSpots).orElse(List.of()).stream()
                    .map(SoreSpot::point).filter(p -> BackMap.refusal(p).isEmpty()).count();
            return (int) Math.max(1, valid);
        }
        return 1;
    }
}
