package org.easeback.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.StopReason;
import org.easeback.history.SessionOutcome;

/**
 * What the summary screen shows, in words, all read from the session's record (see {@link SummaryWording}).
 *
 * @param heading       "Session complete", "Session complete, with skipped steps", "Session stopped for pain", ...
 * @param outcome       the record's outcome, as the history shows it
 * @param done          the steps done, each with the time it ran
 * @param skipped       the steps skipped, each with the time it ran before the skip
 * @param notReached    the steps the session never got to
 * @param checkIns      each check-in answer, numbered by its place in the plan, with the pressure before and after
 * @param moves         back, restart and extensions in a sentence; empty when none
 * @param stopReason    why the session ended early, if it did
 * @param stopMessage   what the stop screen said (empty when it finished)
 * @param stoppedDuring the title of the entry the stop happened in (empty when it finished)
 * @param duration      session time, less pauses (the history's duration)
 * @param handsOn       time with hands on the back
 */
public record SessionSummary(String heading, SessionOutcome outcome, String routineTitle, String receiverName,
                             List<String> done, List<String> skipped, List<String> notReached,
                             List<String> checkIns, String moves, Optional<StopReason> stopReason,
                             String stopMessage, String stoppedDuring, Duration duration, Duration handsOn) {

    public SessionSummary {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
        notReached = List.copyOf(notReached);
        checkIns = List.copyOf(checkIns);
        stopReason = stopReason == null ? Optional.empty() : stopReason;
        stopMessage = stopMessage == null ? "" : stopMessage;
        stoppedDuring = stoppedDuring == null ? "" : stoppedDuring;
        moves = moves == null ? "" : moves;
    }

    /** True if the session reached its end (with or without skips). */
    public boolean finished() {
        return stopReason.isEmpty();
    }
}
