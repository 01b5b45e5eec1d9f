package org.easeback.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;

/**
 * The compiled plan of a draft, as the studio shows it beside the tree: the plan itself (inserted check-ins carry
 * {@link PlanEntry#inserted()}), the total time, the hands-on time, and the hands-on time between check-ins.
 */
public record PlanPreview(Plan plan, int totalSeconds, int handsOnSeconds, int insertedCheckIns,
                          List<HandsOnStretch> stretches, List<Optional<StepPath>> origins) {

    public PlanPreview {
        stretches = List.copyOf(stretches);
        origins = List.copyOf(origins);
    }

    /** The step entry {@code index} came from; empty for an inserted check-in. */
    public Optional<StepPath> stepOf(int index) {
        return origins.get(index);
    }

    /** The first entry that came from {@code step} or a step inside it, to start a preview there. */
    public OptionalInt firstEntryOf(StepPath step) {
        for (int i = 0; i < origins.size(); i++) {
            if (origins.get(i).filter(p -> p.within(step)).isPresent()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The preview of {@code plan}, compiled from {@code routine} for {@code receiver}. */
    public static PlanPreview of(Plan plan, Routine routine, Optional<Receiver> receiver) {
        List<HandsOnStretch> stretches = new ArrayList<>();
        int handsOn = 0;
        int inserted = 0;
        int from = 0;
        int sinceCheckIn = 0;
        for (PlanEntry e : plan.entries()) {
            if (e.kind().handsOn()) {
                handsOn += e.seconds().orElse(0);
                sinceCheckIn += e.seconds().orElse(0);
            }
            if (e.checkIn()) {
                inserted += e.inserted() ? 1 : 0;
                stretches.add(new HandsOnStretch(from, e.index(), sinceCheckIn));
                from = e.index() + 1;
                sinceCheckIn = 0;
            }
        }
        if (from < plan.size()) {
            stretches.add(new HandsOnStretch(from, plan.size() - 1, sinceCheckIn));
        }
        return new PlanPreview(plan, plan.totalSeconds(), handsOn, inserted, stretches,
                PlanOrigins.of(plan, routine, receiver));
    }

    /** The most hands-on time between two check-ins. */
    public int longestStretchSeconds() {
        return stretches.stream().mapToInt(HandsOnStretch::handsOnSeconds).max().orElse(0);
    }

    /** The most hands-on time the routine allows between check-ins. */
    public int checkInLimitSeconds() {
        return plan.checkInEverySeconds();
    }
}
