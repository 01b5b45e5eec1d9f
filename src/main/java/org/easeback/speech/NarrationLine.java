package org.easeback.speech;

import java.time.Duration;
import java.util.Optional;

/**
 * One phrase of a plan's narration and when it is spoken.
 *
 * @param entryIndex the plan entry it belongs to; -1 for the pain stop, which can come at any moment
 * @param event      why it is spoken
 * @param at         when, from the start of the plan (open steps and check-ins count 0 s, as in the plan); empty
 *                   for the pain stop
 * @param text       what is said
 */
public record NarrationLine(int entryIndex, SpokenEvent event, Optional<Duration> at, String text) {
}
