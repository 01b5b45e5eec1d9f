package org.easeback.history;

import java.time.Instant;
import java.util.Optional;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;

/**
 * One check-in answer given during a session.
 *
 * @param number the check-in's place in the plan, from 1 (0 when an older journal did not say)
 * @param before the pressure the answer was about, if known
 * @param after  the pressure from the next hands-on step, if one followed
 */
public record CheckInRecord(Instant at, int entryIndex, CheckInAnswer answer, int number, Optional<Pressure> before,
                            Optional<Pressure> after) {

    public CheckInRecord {
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
    }

    public CheckInRecord(Instant at, int entryIndex, CheckInAnswer answer) {
        this(at, entryIndex, answer, 0, Optional.empty(), Optional.empty());
    }

    /** True for "lighter", "same" and "firmer": the answers about pressure. */
    public boolean isPressureAnswer() {
        return answer != CheckInAnswer.IT_HURTS;
    }
}
