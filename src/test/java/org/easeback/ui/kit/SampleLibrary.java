package org.easeback.ui.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.routine.Audience;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.ui.library.RoutineDurations;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.Side;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.easeback.routine.Technique;
import org.easeback.ui.kit.LibraryContents.BrokenRoutine;

/** Routines, a broken file and a professional technique built in code, for UI tests and screenshots. */
public final class SampleLibrary {

    private SampleLibrary() {
    }

    public static final Routine FULL_PARTNER = new Routine("partner-full", "Full lower-back massage",
            Optional.of("Every technique from the article, one side at a time, then both sides."),
            Optional.empty(), "en", Audience.PARTNER, Level.HOME,
            List.of("a pillow", "2 rolled towels", "a towel", "a massage table, mat or firm mattress"),
            180, List.of(
            setup("Position the receiver", null),
            new Step.Setup("Tuck the towel", "Towel over the legs, tucked into the waistband.", Optional.empty(),
                    OptionalInt.of(30), SourcePosition.UNKNOWN),
            new Step.Oil("Warm the oil", "Warm the oil between your hands.", OptionalInt.of(60),
                    SourcePosition.UNKNOWN),
            technique("stacked-palm-circles", 90, Side.EACH),
            new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN),
            new Step.Repeat(3, List.of(technique("thumb-glide", 120, Side.EACH)), SourcePosition.UNKNOWN),
            technique("closing-rock", 120, Side.BOTH)));

    public static final Routine SHORT_PARTNER = new Routine("partner-short", "Ten-minute back rub",
            Optional.of("A short, gentle session when time is tight."), Optional.empty(), "en",
            Audience.PARTNER, Level.HOME, List.of("a pillow", "a towel"), 180, List.of(
            new Step.Oil("Warm the oil", "Warm the oil.", OptionalInt.of(60), SourcePosition.UNKNOWN),
            technique("thumb-glide", 240, Side.EACH),
            technique("closing-rock", 60, Side.BOTH)));

    public static final Routine TENNIS_BALLS = new Routine("self-tennis-balls", "Tennis balls on the floor",
            Optional.of("Lie on two tennis balls, one either side of the spine; your feet move you."),
            Optional.empty(), "en", Audience.SELF, Level.HOME, List.of("a mat", "two tennis balls"), 180, List.of(
            setup("Place the balls", 20),
            technique("tennis-ball-roll-floor", 300, Side.BOTH)));

    /** A self routine that needs nothing and has no oil step. */
    public static final Routine NO_EQUIPMENT = new Routine("self-stretch", "Standing back stretch",
            Optional.empty(), Optional.empty(), "en", Audience.SELF, Level.HOME, List.of(), 180, List.of(
            new Step.Info("Stretch", "Stand and stretch gently.", OptionalInt.of(60), SourcePosition.UNKNOWN)));

    /** A user's routine that did not load. */
    public static final BrokenRoutine BROKEN = new BrokenRoutine(Path.of("routines-user/my-routine.json"),
            RoutineLibrary.Origin.USER, LibraryContents.BrokenKind.ROUTINE, List.of(
            Diagnostic.error(Path.of("routines-user/my-routine.json"), 12, 20,
                    "unknown technique 'thumb-glid'; did you mean 'thumb-glide'?"),
            Diagnostic.error(Path.of("routines-user/my-routine.json"), 18, 7,
                    "unknown field 'secnds' in step 3; did you mean 'seconds'?")));

    public static final Technique DEEP_TISSUE = new Technique("deep-tissue", "Deep tissue massage",
            List.of("Slow, strong strokes that reach the deeper layers of muscle."), Pressure.FIRM, Pressure.FIRM,
            List.of("lower-back"), List.of("spine"), Level.PROFESSIONAL,
            "It needs a trained therapist: done wrong, strong pressure can injure the back.", Audience.PARTNER,
            List.of(), OptionalInt.empty(), Diagram.NONE);

    /** The bundled technique catalog (the sample routines use its ids). */
    public static final TechniqueCatalog CATALOG =
            RoutineLibrary.load(Path.of("target", "no-user-routines"), List.of()).catalog();

    /** Plans compiled by the engine over the bundled catalog. */
    public static final SessionPlanner PLANNER = (routine, receiver, screening) ->
            new PlanCompiler(CATALOG::find).compile(routine, Optional.of(receiver),
                    PlanSettings.HOME.withScreening(screening));

    /** Running times from those plans. */
    public static final RoutineDurations DURATIONS = routine -> new PlanCompiler(CATALOG::find)
            .compile(routine, Optional.empty(), PlanSettings.HOME).compiledPlan().map(Plan::totalSeconds).orElse(0);

    public static LibraryContents contents() {
        return new LibraryContents(List.of(FULL_PARTNER, SHORT_PARTNER, TENNIS_BALLS), List.of(BROKEN),
                List.of(DEEP_TISSUE));
    }

    private static Step setup(String title, Integer seconds) {
        return new Step.Setup(title, title + ".", Optional.empty(),
                seconds == null ? OptionalInt.empty() : OptionalInt.of(seconds), SourcePosition.UNKNOWN);
    }

    private static Step technique(String id, int seconds, Side side) {
        return new Step.Technique(id, seconds, side, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), SourcePosition.UNKNOWN);
    }
}
