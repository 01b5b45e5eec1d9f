package org.easeback.routine;

import java.util.List;
import java.util.OptionalInt;

/**
 * A catalog entry: how to do one technique, how hard, where, and whether it may be guided at home.
 *
 * @param id            catalog id, referenced by routine steps
 * @param name          display name
 * @param instructions  how-to, as short ordered sentences
 * @param pressure      default pressure
 * @param maxPressure   the most a check-in answer may raise it to
 * @param works         zones of the lower back it works (see {@code docs/routine-format.md})
 * @param avoids        zones it must avoid; always holds "spine"
 * @param level         home or professional-only
 * @param levelReason   why it has that level (for professional-only: the article's explanation)
 * @param audience      partner or self
 * @param equipment     what a self-massage needs
 * @param strokesPerMinute default pace, if the technique has one
 * @param diagram       vector placement and motion for the player, drawn for the left side
 */
public record Technique(
        String id,
        String name,
        List<String> instructions,
        Pressure pressure,
        Pressure maxPressure,
        List<String> works,
        List<String> avoids,
        Level level,
        String levelReason,
        Audience audience,
        List<String> equipment,
        OptionalInt strokesPerMinute,
        Diagram diagram) {

    public Technique {
        instructions = List.copyOf(instructions);
        works = List.copyOf(works);
        avoids = List.copyOf(avoids);
        equipment = List.copyOf(equipment);
        strokesPerMinute = strokesPerMinute == null ? OptionalInt.empty() : strokesPerMinute;
    }

    /** True if the technique must never be guided in a home session. */
    public boolean professionalOnly() {
        return level == Level.PROFESSIONAL;
    }
}
