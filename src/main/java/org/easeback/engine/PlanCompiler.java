package org.easeback.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Diagram;
import org.easeback.routine.Level;
import org.easeback.routine.MapPoint;
import org.easeback.routine.PicturePaths;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.Side;
import org.easeback.routine.Step;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueLookup;
import org.easeback.safety.BackMap;
import org.easeback.safety.OilStepPlan;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.ProfessionalGuard;

/**
 * Compiles a routine, for an optional receiver, into an immutable {@link Plan}: repeats expanded, {@code each}
 * sides split into a left then a right entry, sore spots turned into one hold per valid spot, and the check-ins
 * of {@link CheckInPolicy} inserted.
 *
 * <p>Sore spots are held on the left side first, then the right, each side from low (near the sacrum, y near 1)
 * to high. With no spot to hold, the step becomes a {@value #SKIPPED_SORE_SPOTS_SECONDS}-second info entry that
 * tells the giver why it was skipped, so the session never silently changes shape.
 *
 * <p>Pressure starts from the step's, else the catalog default, never above the technique's maximum; a receiver
 * who prefers lighter starts lighter, but a preference never raises it. Each entry's pressure and maximum are then
 * limited to the settings' pressure cap (the screening's) with {@link PressureGuide}, so no check-in answer can
 * raise it past the cap either.
 *
 * <p>Professional-only techniques and routines are refused with {@link ProfessionalGuard}'s words. The oil step
 * is filled in from the receiver's oils by {@link OilStepPlan} (an unconfirmed essential oil makes it an open step
 * that waits for Done); without a receiver it says to use a plain carrier oil and ask first. Every such decision
 * is also written into the plan's notes.
 */
public final class PlanCompiler {

    /** Length of the info entry that replaces a sore-spot step with nothing to hold. */
    public static final int SKIPPED_SORE_SPOTS_SECONDS = 5;
    /** A routine that expands to more entries than this is refused (a defence against runaway repeats). */
    public static final int MAX_ENTRIES = 5_000;

    private final TechniqueLookup catalog;

    public PlanCompiler(TechniqueLookup catalog) {
        this.catalog = catalog;
    }

    /** The plan, or a refusal whose reason is a sentence a user can act on. */
    public PlanResult compile(Routine routine, Optional<Receiver> receiver, PlanSettings settings) {
        if (settings.sessionLevel() == Level.HOME) {
            Optional<String> professional = ProfessionalGuard.refusal(routine);
            if (professional.isPresent()) {
                return new PlanResult.Refused(professional.get() + " Choose a home routine instead.");
            }
        }
        List<PlanEntry> entries = new ArrayList<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>(); // a repeated step notes its decision once
        try {
            expand(routine.steps(), routine.folder(), receiver, settings, entries, notes);
        } catch (Refusal r) {
            return new PlanResult.Refused(r.getMessage());
        }
        int limit = settings.checkInLimitFor(routine);
        List<PlanEntry> withCheckIns = CheckInPolicy.apply(entries, limit);
        if (withCheckIns.size() > MAX_ENTRIES) {
            return new PlanResult.Refused(tooLong());
        }
        return new PlanResult.Compiled(Plan.of(routine.id(), routine.title(), withCheckIns, limit,
                List.copyOf(notes)));
    }

    private void expand(List<Step> steps, Optional<Path> folder, Optional<Receiver> receiver, PlanSettings settings,
                        List<PlanEntry> out, LinkedHashSet<String> notes) {
        for (Step step : steps) {
            if (out.size() > MAX_ENTRIES) {
                throw new Refusal(tooLong());
            }
            if (step instanceof Step.Setup s) {
                out.add(PlanEntry.setup(s.title(), lines(s.instructions()), s.seconds()).withSay(s.say())
                        .withPicture(picture(folder, s.image(), s.imageAlt())));
            } else if (step instanceof Step.Oil s) {
                out.add(oil(s, receiver, settings, notes).withSay(s.say())
                        .withPicture(picture(folder, s.image(), s.imageAlt())));
            } else if (step instanceof Step.Info s) {
                out.add(PlanEntry.info(s.title(), lines(s.instructions()), s.seconds()).withSay(s.say()));
            } else if (step instanceof Step.CheckIn s) {
                out.add(PlanEntry.checkIn(s.prompt().orElse(CheckInPolicy.PRESSURE_PROMPT),
                        CheckInPolicy.instructions(), false));
            } else if (step instanceof Step.Technique s) {
                technique(s, receiver, settings, out, notes);
            } else if (step instanceof Step.SoreSpots s) {
                soreSpots(s, receiver, settings, out, notes);
            } else if (step instanceof Step.Repeat r) {
                for (int i = 0; i < r.times(); i++) {
                    expand(r.steps(), folder, receiver, settings, out, notes);
                }
            }
        }
    }

    /**
     * A step's picture, with its file when the routine was read from a folder: a user's routine shows the images
     * beside it, a bundled one the assets; a path that leads anywhere else finds no file.
     */
    private static Optional<EntryPicture> picture(Optional<Path> folder, Optional<String> image,
                                                  Optional<String> alt) {
        return image.map(path -> new EntryPicture(path, alt.orElse(""),
                folder.flatMap(f -> PicturePaths.locate(f, path))));
    }

    private static List<String> lines(String instructions) {
        return instructions == null || instructions.isBlank() ? List.of() : List.of(instructions);
    }

    /**
     * The oil step for this receiver (or none): the guard's instructions first, then the routine's own; an oil the
     * receiver must confirm makes the step open, so the session waits for Done.
     */
    private static PlanEntry oil(Step.Oil s, Optional<Receiver> receiver, PlanSettings settings,
                                 LinkedHashSet<String> notes) {
        OilStepPlan oils = OilStepPlan.forSession(Receiver.sessionOils(receiver), settings.dilution());
        notes.addAll(oils.notes());
        List<String> instructions = new ArrayList<>(oils.instructions());
        if (s.instructions() != null && !s.instructions().isBlank()) {
            instructions.add(s.instructions());
        }
        return PlanEntry.oil(s.title(), instructions, oils.needsConfirmation() ? OptionalInt.empty() : s.seconds());
    }

    private void technique(Step.Technique s, Optional<Receiver> receiver, PlanSettings settings,
                           List<PlanEntry> out, LinkedHashSet<String> notes) {
        Technique t = lookUp(s.technique(), settings);
        Pressure max = PressureGuide.cap(t.maxPressure(), settings.pressureCap());
        String title = s.title().orElse(t.name());
        List<String> instructions = new ArrayList<>(s.instructions().map(List::of).orElse(t.instructions()));
        Pressure pressure = cappedPressure(s.pressure().orElse(t.pressure()), t, receiver, settings, title,
                instructions, notes);
        OptionalInt pace = s.strokesPerMinute().isPresent() ? s.strokesPerMinute() : t.strokesPerMinute();
        List<Side> sides = s.side() == Side.EACH ? List.of(Side.LEFT, Side.RIGHT) : List.of(s.side());
        for (int i = 0; i < sides.size(); i++) {
            out.add(PlanEntry.technique(title, t.id(), sides.get(i), s.seconds()).instructions(instructions)
                    .pressure(pressure, max).strokesPerMinute(pace).diagram(diagram(t)).secondSide(i == 1)
                    .say(s.say()).build());
        }
    }

    private void soreSpots(Step.SoreSpots s, Optional<Receiver> receiver, PlanSettings settings,
                           List<PlanEntry> out, LinkedHashSet<String> notes) {
        Technique t = lookUp(s.technique(), settings);
        String name = receiver.map(Receiver::name).filter(n -> !n.isBlank()).orElse("the receiver");
        List<SoreSpot> valid = new ArrayList<>();
        for (SoreSpot spot : receiver.map(Receiver::soreSpots).orElse(List.of())) {
            Optional<String> refusal = BackMap.refusal(spot.point());
            if (refusal.isPresent()) {
                notes.add(String.format(Locale.ROOT, "Skipped the sore spot at (%.2f, %.2f): %s",
                        spot.x(), spot.y(), refusal.get()));
            } else {
                valid.add(spot);
            }
        }
        String lower = t.name().toLowerCase(Locale.ROOT);
        String holds = lower.endsWith("holds") ? lower : lower.endsWith("hold") ? lower + "s" : lower + " holds";
        if (valid.isEmpty()) {
            String why = receiver.map(r -> r.soreSpots().isEmpty()
                            ? "No sore spots marked for " + name + ": skipping the " + holds + "."
                            : "None of " + name + "'s sore spots can be pressed safely: skipping the " + holds + ".")
                    .orElse("No receiver chosen, so no sore spots are marked: skipping the " + holds + ".");
            notes.add(why);
            out.add(PlanEntry.info("Sore-spot holds skipped", lines(why),
                    OptionalInt.of(SKIPPED_SORE_SPOTS_SECONDS)));
            return;
        }
        valid.sort(Comparator.comparing((SoreSpot p) -> p.x() < 0.5 ? 0 : 1)
                .thenComparing(SoreSpot::y, Comparator.reverseOrder())
                .thenComparing(SoreSpot::x));
        Pressure max = PressureGuide.cap(t.maxPressure(), settings.pressureCap());
        List<String> capped = new ArrayList<>(t.instructions());
        Pressure pressure = cappedPressure(t.pressure(), t, receiver, settings, t.name(), capped, notes);
        Side previous = null;
        for (SoreSpot spot : valid) {
            Side side = spot.x() < 0.5 ? Side.LEFT : Side.RIGHT;
            boolean switchesSide = previous == Side.LEFT && side == Side.RIGHT;
            previous = side;
            List<String> instructions = new ArrayList<>(capped);
            if (!spot.note().isBlank()) {
                instructions.add(name + "'s note: " + spot.note());
            }
            out.add(PlanEntry.soreSpot(t.name(), t.id(), side, s.secondsEach(), new MapPoint(spot.x(), spot.y()),
                    BackMap.describe(spot.point())).instructions(instructions).pressure(pressure, max)
                    .strokesPerMinute(t.strokesPerMinute()).diagram(diagram(t)).secondSide(switchesSide).build());
        }
    }

    /**
     * The pressure an entry starts at: the step's (or technique's) level within the technique's maximum, lighter if
     * the receiver prefers, then limited to the session's cap; a lowering by the cap is said in the entry's
     * instructions (first) and the plan's notes.
     */
    private static Pressure cappedPressure(Pressure asked, Technique t, Optional<Receiver> receiver,
                                           PlanSettings settings, String title, List<String> instructions,
                                           LinkedHashSet<String> notes) {
        Pressure wanted = startingPressure(asked, t.maxPressure(), receiver);
        Optional<String> lowered = PressureGuide.limitMessage(wanted, settings.pressureCap());
        if (lowered.isPresent()) {
            instructions.add(0, lowered.get());
            notes.add(title + ": " + lowered.get());
        }
        return PressureGuide.limit(wanted, settings.pressureCap());
    }

    private static Pressure startingPressure(Pressure asked, Pressure max, Optional<Receiver> receiver) {
        Pressure p = asked.compareTo(max) > 0 ? max : asked;
        if (receiver.isPresent() && receiver.get().preferredPressure().compareTo(p) < 0) {
            p = receiver.get().preferredPressure();
        }
        return p;
    }

    private static Optional<Diagram> diagram(Technique t) {
        return Optional.ofNullable(t.diagram());
    }

    private Technique lookUp(String id, PlanSettings settings) {
        Technique t = catalog.find(id).orElseThrow(() -> new Refusal("The routine uses the technique '" + id
                + "', which is not in the technique catalog. Check the id, or add the technique to the catalog."));
        if (settings.sessionLevel() == Level.HOME) {
            Optional<String> professional = ProfessionalGuard.refusal(t);
            if (professional.isPresent()) {
                throw new Refusal(professional.get() + " Remove it from the routine, or choose a home technique.");
            }
        }
        return t;
    }

    private static String tooLong() {
        return "The routine expands to more than " + MAX_ENTRIES + " entries. Lower its repeat counts.";
    }

    /** Carries a refusal out of the recursive expansion. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
