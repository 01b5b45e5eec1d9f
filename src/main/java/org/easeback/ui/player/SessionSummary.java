package org.easeback.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.StopReason;

/**
 * What the summary screen shows, and what the shell may record: the session's outcome in plain values.
 *
 * @param routineTitle  the routine that was run
 * @param receiverName  who received it
 * @param done          the entries that were completed, as readable lines
 * @param checkIns      each check-in answer and what it changed, as readable lines
 * @param stopReason    why the session ended early, if it did
 * @param stopMessage   what the stop screen said (empty when it finished)
 * @param stoppedDuring the title of the entry the stop happened in (empty when it finished)
 * @param duration      wall time from the first entry to the end, pauses included
 * @param runningTime   timed time that actually ran
 */
public record SessionSummary(String routineTitle, String receiverName, List<String> done, List<String> checkIns,
                             Optional<StopReason> stopReason, String stopMessage, String stoppedDuring,
                             Duration duration,
                             Duration runningTime) {

    public SessionSummary {
        done = List.copyOf(done);
        checkIns = List.copyOf(checkIns);
        stopReason = stopReason == null ? Optional.empty() : stopReason;
        stopMessage = stopMessage == null ? "" : stopMessage;
        stoppedDuring = stoppedDuring == null ? "" : stoppedDuring;
    }

    /** True if every entry ran. */
    public boolean finished() {
        return stopReason.isEmpty();
    }
}
