package org.easeback.routine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated routine: the steps a giver (or a person alone) follows, and what they need.
 *
 * @param folder the folder of the file it was read from, where its pictures are looked up; empty when it was not
 *               read from a folder on disk (built in code, or from bytes whose file has no folder)
 */
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
        List<Step> steps,
        Optional<Path> folder) {

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
        folder = folder == null ? Optional.empty() : folder;
    }

    /** A routine not read from a folder. */
    public Routine(String id, String title, Optional<String> summary, Optional<String> author, String language,
                   Audience audience, Level level, List<String> equipment, int checkInEverySeconds, List<Step> steps) {
        this(id, title, summary, author, language, audience, level, equipment, checkInEverySeconds, steps,
                Optional.empty());
    }
}
