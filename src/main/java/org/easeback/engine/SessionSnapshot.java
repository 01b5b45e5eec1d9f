package org.easeback.engine;

import java.time.Duration;

/**
 * What is needed to resume a session after the app closes or crashes; restore it with
 * {@link Session#restore(Plan, SessionSnapshot, SessionClock)} against the same plan.
 *
 * @param planId                the plan's routine id
 * @param entryCount            the plan's size, to catch a routine that changed since
 * @param entryIndex            the entry the session was in
 * @param elapsedInEntry        time spent running in that entry
 * @param pressureShift         levels the check-in answers moved the pressure (negative is lighter)
 * @param entryExtensionSeconds seconds added to that entry with +15 s
 * @param totalExtensionSeconds seconds added over the whole session so far
 * @param runningTime           timed time run so far, including {@code elapsedInEntry}
 * @param state                 the state when the snapshot was taken
 */
public record SessionSnapshot(String planId, int entryCount, int entryIndex, Duration elapsedInEntry,
                              int pressureShift, int entryExtensionSeconds, int totalExtensionSeconds,
                              Duration runningTime, SessionState state) {
}
