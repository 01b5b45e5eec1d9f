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

    /** An entry of any kind, built field by field; it starts open (no length) with no instructions. */
    public static Builder builder(EntryKind kind, String title) {
        return new Builder(kind, title);
    }

    /** A technique entry: {@code seconds} of {@code techniqueId} on {@code side}; add pressure, pace and diagram. */
    public static Builder technique(String title, String techniqueId, Side side, int seconds) {
        return builder(EntryKind.TECHNIQUE, title).technique(techniqueId).side(side).seconds(seconds);
    }

    /** A sore-spot hold: {@code seconds} on {@code spot}, described as {@code location}, on {@code side}. */
    public static Builder soreSpot(String title, String techniqueId, Side side, int seconds, MapPoint spot,
                                   String location) {
        return builder(EntryKind.SORE_SPOT, title).technique(techniqueId).side(side).seconds(seconds)
                .spot(spot, location);
    }

    /** A setup step; an empty {@code seconds} makes it open (it waits for Done). */
    public static PlanEntry setup(String title, List<String> instructions, OptionalInt seconds) {
        return builder(EntryKind.SETUP, title).instructions(instructions).seconds(seconds).build();
    }

    /** The oil step; an empty {@code seconds} makes it open (it waits for Done). */
    public static PlanEntry oil(String title, List<String> instructions, OptionalInt seconds) {
        return builder(EntryKind.OIL, title).instructions(instructions).seconds(seconds).build();
    }

    /** An information entry; an empty {@code seconds} makes it open (it waits for Done). */
    public static PlanEntry info(String title, List<String> instructions, OptionalInt seconds) {
        return builder(EntryKind.INFO, title).instructions(instructions).seconds(seconds).build();
    }

    /** A check-in entry asking {@code prompt}; {@code inserted} when the safety rules added it. */
    public static PlanEntry checkIn(String prompt, List<String> instructions, boolean inserted) {
        return builder(EntryKind.CHECK_IN, prompt).instructions(instructions).inserted(inserted).build();
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

    /** The same entry at plan position {@code newIndex}, starting {@code newAt} seconds in. */
    public PlanEntry withIndexAt(int newIndex, int newAt) {
        return toBuilder().indexAt(newIndex, newAt).build();
    }

    /** The same entry lasting {@code newSeconds} whole seconds (any finer length is dropped). */
    public PlanEntry withSeconds(int newSeconds) {
        return toBuilder().seconds(newSeconds).exactLength(Optional.empty()).build();
    }

    /** The same entry under another heading. */
    public PlanEntry withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    /** The same entry, spoken as {@code text} when it starts (empty: derive it from the title and instructions). */
    public PlanEntry withSay(Optional<String> text) {
        return toBuilder().say(text).build();
    }

    /** The same entry, as the second half of a side pair ({@code true}) or not. */
    public PlanEntry withSecondSide(boolean value) {
        return toBuilder().secondSide(value).build();
    }

    /** The same entry, showing {@code value} (empty: no picture). */
    public PlanEntry withPicture(Optional<EntryPicture> value) {
        return toBuilder().picture(value).build();
    }

    /** A builder holding every component of this entry. */
    public Builder toBuilder() {
        Builder b = new Builder(kind, title);
        b.index = index;
        b.at = at;
        b.seconds = seconds;
        b.instructions = instructions;
        b.technique = technique;
        b.side = side;
        b.pressure = pressure;
        b.maxPressure = maxPressure;
        b.strokesPerMinute = strokesPerMinute;
        b.spot = spot;
        b.location = location;
        b.diagram = diagram;
        b.inserted = inserted;
        b.secondSide = secondSide;
        b.exactLength = exactLength;
        b.say = say;
        b.picture = picture;
        return b;
    }

    /** Builds a {@link PlanEntry} by name instead of by position; unset parts are empty, flags false. */
    public static final class Builder {
        private final EntryKind kind;
        private String title;
        private int index;
        private int at;
        private OptionalInt seconds = OptionalInt.empty();
        private List<String> instructions = List.of();
        private Optional<String> technique = Optional.empty();
        private Optional<Side> side = Optional.empty();
        private Optional<Pressure> pressure = Optional.empty();
        private Optional<Pressure> maxPressure = Optional.empty();
        private OptionalInt strokesPerMinute = OptionalInt.empty();
        private Optional<MapPoint> spot = Optional.empty();
        private Optional<String> location = Optional.empty();
        private Optional<Diagram> diagram = Optional.empty();
        private boolean inserted;
        private boolean secondSide;
        private Optional<Duration> exactLength = Optional.empty();
        private Optional<String> say = Optional.empty();
        private Optional<EntryPicture> picture = Optional.empty();

        private Builder(EntryKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        /** Position in the plan and start offset; the compiler numbers entries once the plan is whole. */
        public Builder indexAt(int newIndex, int newAt) {
            index = newIndex;
            at = newAt;
            return this;
        }

        public Builder seconds(int value) {
            seconds = OptionalInt.of(value);
            return this;
        }

        /** The length, or empty for an open step or a check-in. */
        public Builder seconds(OptionalInt value) {
            seconds = value;
            return this;
        }

        /** A length finer than whole seconds (benchmarks, tests); needs {@link #seconds(int)} as its display. */
        public Builder exactLength(Duration value) {
            return exactLength(Optional.of(value));
        }

        public Builder exactLength(Optional<Duration> value) {
            exactLength = value;
            return this;
        }

        public Builder instructions(List<String> value) {
            instructions = value;
            return this;
        }

        public Builder technique(String id) {
            technique = Optional.of(id);
            return this;
        }

        public Builder side(Side value) {
            side = Optional.of(value);
            return this;
        }

        /** The pressure to start from and the most a check-in answer may raise it to. */
        public Builder pressure(Pressure start, Pressure max) {
            pressure = Optional.of(start);
            maxPressure = Optional.of(max);
            return this;
        }

        public Builder strokesPerMinute(int value) {
            return strokesPerMinute(OptionalInt.of(value));
        }

        public Builder strokesPerMinute(OptionalInt value) {
            strokesPerMinute = value;
            return this;
        }

        /** Where to hold, and the spot in words. */
        public Builder spot(MapPoint point, String words) {
            spot = Optional.of(point);
            location = Optional.of(words);
            return this;
        }

        public Builder diagram(Diagram value) {
            return diagram(Optional.of(value));
        }

        public Builder diagram(Optional<Diagram> value) {
            diagram = value;
            return this;
        }

        public Builder inserted(boolean value) {
            inserted = value;
            return this;
        }

        public Builder secondSide(boolean value) {
            secondSide = value;
            return this;
        }

        public Builder say(Optional<String> value) {
            say = value;
            return this;
        }

        public Builder picture(Optional<EntryPicture> value) {
            picture = value;
            return this;
        }

        public PlanEntry build() {
            return new PlanEntry(index, at, seconds, kind, title, instructions, technique, side, pressure,
                    maxPressure, strokesPerMinute, spot, location, diagram, inserted, secondSide, exactLength, say,
                    picture);
        }
    }
}
