package org.easeback.routine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a routine, as written in the routine file. Setup, oil, technique and info steps may carry a
 * {@code say} text: what the voice says as the step starts, instead of a short form derived from its text.
 */
public sealed interface Step {

    /** Where the step starts in its file, for diagnostics; {@link SourcePosition#UNKNOWN} if built in code. */
    SourcePosition position();

    /**
     * Positioning and preparation; without seconds the step waits until the giver says Done.
     *
     * @param image    a picture's path relative to the routine file (checked by the loader), or empty
     * @param imageAlt what the picture shows, in words that can be read aloud; empty when there is no picture
     */
    record Setup(String title, String instructions, Optional<String> image, Optional<String> imageAlt,
                 OptionalInt seconds, SourcePosition position, Optional<String> say) implements Step {
        public Setup {
            image = image == null ? Optional.empty() : image;
            imageAlt = imageAlt == null ? Optional.empty() : imageAlt;
            seconds = seconds == null ? OptionalInt.empty() : seconds;
            say = say == null ? Optional.empty() : say;
        }

        /** A setup step with no spoken text. */
        public Setup(String title, String instructions, Optional<String> image, Optional<String> imageAlt,
                     OptionalInt seconds, SourcePosition position) {
            this(title, instructions, image, imageAlt, seconds, position, Optional.empty());
        }

        /** A setup step whose picture, if any, has no alternative text, and with no spoken text. */
        public Setup(String title, String instructions, Optional<String> image, OptionalInt seconds,
                     SourcePosition position) {
            this(title, instructions, image, Optional.empty(), seconds, position, Optional.empty());
        }
    }

    /** Warming and spreading the oil; the receiver's chosen oil is filled in at run time. May show a picture. */
    record Oil(String title, String instructions, Optional<String> image, Optional<String> imageAlt,
               OptionalInt seconds, SourcePosition position, Optional<String> say) implements Step {
        public Oil {
            image = image == null ? Optional.empty() : image;
            imageAlt = imageAlt == null ? Optional.empty() : imageAlt;
            seconds = seconds == null ? OptionalInt.empty() : seconds;
            say = say == null ? Optional.empty() : say;
        }

        /** An oil step with no spoken text. */
        public Oil(String title, String instructions, Optional<String> image, Optional<String> imageAlt,
                   OptionalInt seconds, SourcePosition position) {
            this(title, instructions, image, imageAlt, seconds, position, Optional.empty());
        }

        /** An oil step without a picture or spoken text. */
        public Oil(String title, String instructions, OptionalInt seconds, SourcePosition position) {
            this(title, instructions, Optional.empty(), Optional.empty(), seconds, position, Optional.empty());
        }
    }

    /** A catalog technique, timed, on one side, both, or each in turn. */
    record Technique(String technique, int seconds, Side side, OptionalInt strokesPerMinute,
                     Optional<Pressure> pressure, Optional<String> title, Optional<String> instructions,
                     SourcePosition position, Optional<String> say) implements Step {
        public Technique {
            side = side == null ? Side.BOTH : side;
            strokesPerMinute = strokesPerMinute == null ? OptionalInt.empty() : strokesPerMinute;
            pressure = pressure == null ? Optional.empty() : pressure;
            title = title == null ? Optional.empty() : title;
            instructions = instructions == null ? Optional.empty() : instructions;
            say = say == null ? Optional.empty() : say;
        }

        public Technique(String technique, int seconds, Side side, OptionalInt strokesPerMinute,
                         Optional<Pressure> pressure, Optional<String> title, Optional<String> instructions,
                         SourcePosition position) {
            this(technique, seconds, side, strokesPerMinute, pressure, title, instructions, position,
                    Optional.empty());
        }
    }

    /** One hold per sore spot the receiver marked; skipped, with a reason, when there are none. */
    record SoreSpots(String technique, int secondsEach, SourcePosition position) implements Step {
    }

    /** A pause until the receiver answers how the pressure feels. */
    record CheckIn(Optional<String> prompt, SourcePosition position) implements Step {
        public CheckIn {
            prompt = prompt == null ? Optional.empty() : prompt;
        }
    }

    /** Education or after-care text. */
    record Info(String title, String instructions, OptionalInt seconds, SourcePosition position,
                Optional<String> say) implements Step {
        public Info {
            seconds = seconds == null ? OptionalInt.empty() : seconds;
            say = say == null ? Optional.empty() : say;
        }

        public Info(String title, String instructions, OptionalInt seconds, SourcePosition position) {
            this(title, instructions, seconds, position, Optional.empty());
        }
    }

    /** A block of steps run {@code times} times over. */
    record Repeat(int times, List<Step> steps, SourcePosition position) implements Step {
        public Repeat {
            steps = List.copyOf(steps);
        }
    }
}
