package org.easeback.history;

import java.time.Duration;

/**
 * One reached plan entry as the journal tells it.
 *
 * @param kind   the entry's kind as in the journal ("technique", "check-in", ...)
 * @param side   "left", "right", "both" or empty
 * @param ran    the time it ran over all its visits (extensions included)
 * @param visits how many times it was started (back and restart start it again)
 */
public record EntryRecord(int index, String title, String kind, String side, EntryFate fate, Duration ran,
                          int visits) {

    /** True for check-in entries. */
    public boolean checkIn() {
        return "check-in".equals(kind);
    }
}
