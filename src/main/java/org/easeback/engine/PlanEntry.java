package org.easeback.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

/**
 * One entry of a compiled plan: what the giver does now, for how long, where and how hard.
 *
 * @param index            0-based position in the plan
 * @param at               start offset in seconds, counting open steps and check-ins as 0 s
 * @param seconds          length; empty for open steps (they wait for Done) and check-ins (they wait for an answer)
 * @param kind             what the entry asks of the giver
 * @param title            heading shown in large type (for check-ins: the question to ask)
 * @param instructions     short sentences, in order
 * @param technique        catalog id, for technique and sore-spot entries
 * @param side             LEFT, RIGHT or BOTH (never EACH: it is expanded), for technique and sore-spot entries
 * @param pressure         the pressure to start from, before any check-in answer shifts it
 * @param maxPressure      the most a check-in answer may raise this entry's pressure to
 * @param strokesPerMinute pace, if the entry has one
 * @param spot             where to hold, for sore-spot entries
 * @param location         the spot in words, e.g. "left side, low, beside the spine"
 * @param diagram          the technique's vector placement (drawn for the left side; mirror for RIGHT)
 * @param inserted         true for check-ins the safety rules added (not written in the routine)
 * @param secondSide       true for the second half of a side pair: the giver switches sides as it starts
 * @param exactLength      a length finer than whole seconds (benchmarks, tests); when present it times the entry
 *                         and {@code seconds} is only its rounded-up display value. Routines never set it.
 * @param say              what the voice says as the entry starts, when the routine gives it (else it is derived)
 * @param picture          the step's picture and its alternative text, for setup and oil steps that have one
 */
public record PlanEntry(
        int index,
        int at,
        OptionalInt seconds,
        EntryKind kind,
        String title,
        List<String> instructions,
        Optional<String> technique,
        Optional<Side> side,
        Optional<Pressure> pressure,
        Optional<Pressure> maxPressure,
        OptionalInt strokesPerMinute,
        Optional<MapPoint> spot,
        Optional<String> location,
        Optional<Diagram> diagram,
        boolean inserted,
        boolean secondSide,
        Optional<Duration> exactLength,
        Optional<String> say,
        Optional<EntryPicture> picture) {

    public PlanEntry {
        picture = picture == null ? Optional.empty() : picture;
        instructions = List.copyOf(instructions);
        seconds = seconds == null ? OptionalInt.empty() : seconds;
        technique = technique == null ? Optional.empty() : technique;
        side = side == null ? Optional.empty() : side;
        pressure = pressure == null ? Optional.empty() : pressure;
        maxPressure = maxPressure == null ? Optional.empty() : maxPressure;
        strokesPerMinute = strokesPerMinute == null ? OptionalInt.empty() : strokesPerMinute;
        spot = spot == null ? Optional.empty() : spot;
        location = location == null ? Optional.empty() : location;
        diagram = diagram == null ? Optional.empty() : diagram;
        exactLength = exactLength == null ? Optional.empty() : exactLength;
        say = say == null ? Optional.empty() : say;
        if (exactLength.isPresent() && (seconds.isEmpty() || exactLength.get().isNegative())) {
            throw new IllegalArgumentException("An exact length needs a timed entry and cannot be negative.");
        }
        if (kind == EntryKind.CHECK_IN && seconds.isPresent()) {
            throw new IllegalArgumentException("A check-in waits for an answer; it has no length.");
        }
    }

    /** An entry with no picture. */
    public PlanEntry(int index, int at, OptionalInt seconds, EntryKind kind, String title, List<String> instructions,
                     Optional<String> technique, Optional<Side> side, Optional<Pressure> pressure,
                     Optional<Pressure> maxPressure, OptionalInt strokesPerMinute, Optional<MapPoint> spot,
                     Optional<String> location, Optional<Diagram> diagram, boolean inserted, boolean secondSide,
                     Optional<Duration> exactLength, Optional<String> say) {
        this(index, at, seconds, kind, title, instructions, technique, side, pressure, maxPressure, strokesPerMinute,
                spot, location, diagram, inserted, secondSide, exactLength, say, Optional.empty());
    }

    /** An entry with no {@code say} text of its own. */
    public PlanEntry(int index, int at, OptionalInt seconds, EntryKind kind, String title, List<String> instructions,
                     Optional<String> technique, Optional<Side> side, Optional<Pressure> pressure,
                     Optional<Pressure> maxPressure, OptionalInt strokesPerMinute, Optional<MapPoint> spot,
                     Optional<String> location, Optional<Diagram> diagram, boolean inserted, boolean secondSide,
                     Optional<Duration> exactLength) {
        this(index, at, seconds, kind, title, instructions, technique, side, pressure, maxPressure, strokesPerMinute,
                spot, location, diagram, inserted, secondSide, exactLength, Optional.empty());
    }

    /** An entry timed in whole seconds (every entry a routine compiles into). */
    public PlanEntry(int index, int at, OptionalInt seconds, EntryKind kind, String title, List<String> instructions,
                     Optional<String> technique, Optional<Side> side, Optional<Pressure> pressure,
                     Optional<Pressure> maxPressure, OptionalInt strokesPerMinute, Optional<MapPoint> spot,
                     Optional<String> location, Optional<Diagram> diagram, boolean inserted, boolean secondSide) {
        this(index, at, seconds, kind, title, instructions, technique, side, pressure, maxPressure, strokesPerMinute,
                spot, location, diagram, inserted, secondSide, Optional.empty(), Optional.empty());
    }

    /** A check-in entry asking {@code prompt}; {@code inserted} when the safety rules added it. */
    public static PlanEntry checkIn(String prompt, List<String> instructions, boolean inserted) {
        return new PlanEntry(0, 0, OptionalInt.empty(), EntryKind.CHECK_IN, prompt, instructions,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), inserted, false);
    }

    /** True if the entry runs on its own for a fixed time. */
    public boolean timed() {
        return seconds.isPresent();
    }

    /** True for an open step: it waits until the giver says Done. */
    public boolean open() {
        return seconds.isEmpty() && kind != EntryKind.CHECK_IN;
    }

    /** True for a check-in: the session waits for the receiver's answer. */
    public boolean checkIn() {
        return kind == EntryKind.CHECK_IN;
    }

    /** The planned length; zero for open steps and check-ins. */
    public Duration length() {
        return exactLength.orElseGet(() -> Duration.ofSeconds(seconds.orElse(0)));
    }

    public PlanEntry withIndexAt(int newIndex, int newAt) {
        return new PlanEntry(newIndex, newAt, seconds, kind, title, instructions, technique, side, pressure,
                maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide, exactLength, say, picture);
    }

    public PlanEntry withSeconds(int newSeconds) {
        return new PlanEntry(index, at, OptionalInt.of(newSeconds), kind, title, instructions, technique, side,
                pressure, maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide,
                Optional.empty(), say, picture);
    }

    public PlanEntry withTitle(String newTitle) {
        return new PlanEntry(index, at, seconds, kind, newTitle, instructions, technique, side, pressure,
                maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide, exactLength, say, picture);
    }

    /** The same entry, spoken as {@code text} when it starts (empty: derive it from the title and instructions). */
    public PlanEntry withSay(Optional<String> text) {
        return new PlanEntry(index, at, seconds, kind, title, instructions, technique, side, pressure,
                maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide, exactLength, text, picture);
    }

    public PlanEntry withSecondSide(boolean value) {
        return new PlanEntry(index, at, seconds, kind, title, instructions, technique, side, pressure,
                maxPressure, strokesPerMinute, spot, location, diagram, inserted, value, exactLength, say, picture);
    }

    /** The same entry, showing {@code image} with {@code alt} as its words (empty image: no picture). */
    public PlanEntry withPicture(Optional<String> image, Optional<String> alt) {
        return new PlanEntry(index, at, seconds, kind, title, instructions, technique, side, pressure,
                maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide, exactLength, say,
                image.map(path -> new EntryPicture(path, alt.orElse(""))));
    }
}
