package org.easeback.ui.player;

import java.util.List;
import java.util.OptionalInt;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

/** Small plans for player tests, built directly so they do not depend on the bundled routines. */
final class SamplePlans {

    /** The catalog's thumb glide: up beside the spine, across under the ribs, down the flank. */
    static final Diagram GLIDE = new Diagram("glide", List.of(new MapPoint(0.38, 0.82)),
            List.of(new MapPoint(0.38, 0.82), new MapPoint(0.38, 0.12), new MapPoint(0.20, 0.20),
                    new MapPoint(0.18, 0.80)));

    static final Receiver SAM = new Receiver("Sam", "sweet almond oil", List.of(), List.of(), Pressure.GENTLE,
            List.of(new SoreSpot(0.36, 0.55, "tight after gardening"), new SoreSpot(0.70, 0.30, "")));

    private SamplePlans() {
    }

    /**
     * 0 setup (open), 1 thumb glide left 10 s at 30/min, 2 the same on the right (switch sides), 3 check-in,
     * 4 sore-spot hold 6 s, 5 final check-in. Timed total 26 s.
     */
    static Plan shortSession() {
        return Plan.of("short", "Short back rub", List.of(
                open("Position the receiver", "Lay them face down with a pillow under the hips."),
                technique("Thumb glide", Side.LEFT, 10, false),
                technique("Thumb glide", Side.RIGHT, 10, true),
                PlanEntry.checkIn("More, less, or the same pressure?", List.of("Ask the receiver."), true),
                spot(),
                PlanEntry.checkIn("How does your back feel now?", List.of("Ask the receiver."), true)),
                180, List.of());
    }

    /** One long technique with a pace, for the frame-time run: {@code seconds} long at 60 strokes a minute. */
    static Plan longTechnique(int seconds) {
        return Plan.of("long", "Long glide", List.of(
                technique("Palm glide", Side.BOTH, seconds, false),
                PlanEntry.checkIn("How does your back feel now?", List.of("Ask the receiver."), true)),
                180, List.of());
    }

    /** {@code count} techniques of {@code seconds} each at 60 strokes a minute, alternating sides, then a check-in. */
    static Plan sidesAtPace(int count, int seconds) {
        List<PlanEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(technique("Palm glide", i % 2 == 0 ? Side.LEFT : Side.RIGHT, seconds, i % 2 == 1));
        }
        entries.add(PlanEntry.checkIn("How does your back feel now?", List.of("Ask the receiver."), true));
        return Plan.of("pace", "Paced glides", entries, 180, List.of());
    }

    static PlanEntry open(String title, String instruction) {
        return PlanEntry.setup(title, List.of(instruction), OptionalInt.empty());
    }

    static PlanEntry technique(String title, Side side, int seconds, boolean secondSide) {
        return PlanEntry.technique(title, "thumb-glide", side, seconds)
                .instructions(List.of("Place both thumbs beside the spine, never on it.",
                        "Glide up slowly towards the ribs with gentle pressure.",
                        "Return with a light touch and repeat."))
                .pressure(Pressure.GENTLE, Pressure.MODERATE).strokesPerMinute(title.startsWith("Palm") ? 60 : 30)
                .diagram(GLIDE).secondSide(secondSide).build();
    }

    static PlanEntry spot() {
        return PlanEntry.soreSpot("Hold the sore spot", "trigger-point-hold", Side.LEFT, 6,
                        new MapPoint(0.36, 0.55), "left side, middle, beside the spine")
                .instructions(List.of("Press with your thumb for five seconds, moving in small circles."))
                .pressure(Pressure.GENTLE, Pressure.FIRM).build();
    }
}
