package org.easeback.history;

import java.time.Instant;
import org.easeback.safety.CheckInAnswer;

/** One check-in answer given during a session. */
public record CheckInRecord(Instant at, int entryIndex, CheckInAnswer answer) {

    /** True for "lighter", "same" and "firmer": the answers about pressure. */
    public boolean isPressureAnswer() {
        return answer != CheckInAnswer.IT_HURTS;
    }
}
