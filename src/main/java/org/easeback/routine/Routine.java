package org.easeback.routine;

import java.util.List;
import java.util.Optional;

/** A validated routine: the steps a giver (or a person alone) follows, and what they need. */
public record Routine(
        String id,
        String title,
        Optional<String> summary,
        Optional<String> author,
        String language,
        Audience audience,
        Level level,
        List<String> equipment,
        int checkInEverySeconds,
        List<Step> steps) {

    /** The format tag every v1 routine file carries. */
    public static final String FORMAT = "easeback-routine/1";
    /** Default and bounds for {@code safety.checkInEverySeconds}. */
    public static final int DEFAULT_CHECK_IN_SECONDS = 180;
    public static final int MIN_CHECK_IN_SECONDS = 30;
    public static final int MAX_CHECK_IN_SECONDS = 300;

    public Routine {
        summary = summary == null ? Optional.empty() : summary;
        author = author == null ? Optional.empty() : author;
        language = language == null ? "en" : language;
        level = level == null ? Level.HOME : level;
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
    }
}
