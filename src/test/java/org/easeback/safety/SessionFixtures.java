package org.easeback.safety;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Audience;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueLookup;

/** Routines, a small catalog and compiled plans for the engine-level safety tests. */
public final class SessionFixtures {

    public static final Technique GLIDE = technique("thumb-glide", "Thumb glide", Pressure.GENTLE, Pressure.MODERATE);
    public static final Technique HOLD = technique("trigger-point-hold", "Trigger-point hold", Pressure.FIRM, Pressure.FIRM);
    public static final Map<String, Technique> CATALOG = Map.of(GLIDE.id(), GLIDE, HOLD.id(), HOLD);
    public static final TechniqueLookup LOOKUP = id -> Optional.ofNullable(CATALOG.get(id));

    private SessionFixtures() {
    }

    public static Technique technique(String id, String name, Pressure pressure, Pressure max) {
        return new Technique(id, name, List.of("Do it gently."), pressure, max, List.of("paraspinal-muscles"),
                List.of("spine"), Level.HOME, "Safe at home with gentle pressure.", Audience.PARTNER, List.of(),
                OptionalInt.of(12), Diagram.NONE);
    }

    public static Routine routine(int checkInEverySeconds, List<Step> steps) {
        return new Routine("generated", "Generated routine", Optional.empty(), Optional.empty(), "en",
                Audience.PARTNER, Level.HOME, List.of(), checkInEverySeconds, steps);
    }

    public static Plan compile(Routine routine, Optional<Receiver> receiver) {
        return new PlanCompiler(LOOKUP).compile(routine, receiver, PlanSettings.HOME).orElseThrow();
    }

    /** Open setup, 30 s technique, a written check-in, 30 s technique: every non-final state is reachable. */
    public static Plan smallPlan() {
        return compile(routine(180, List.of(
                new Step.Setup("Lie face down", "Lie on your stomach.", Optional.empty(), OptionalInt.empty(),
                        SourcePosition.UNKNOWN),
                techniqueStep(30),
                new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN),
                techniqueStep(30))), Optional.empty());
    }

    public static Step.Technique techniqueStep(int seconds) {
        return new Step.Technique(GLIDE.id(), seconds, null, null, null, Optional.empty(), Optional.empty(),
                SourcePosition.UNKNOWN);
    }
}
