package org.easeback.safety;

import org.easeback.routine.Pressure;

/**
 * What a check-in answer did to the pressure guidance.
 *
 * @param answer  the receiver's answer
 * @param from    the pressure before the answer
 * @param to      the pressure for the rest of the session (equal to {@code from} for same and it hurts)
 * @param message the sentence shown to the giver, e.g. "Lighter: pressure goes down one level, to gentle (≈ 4 of 10)."
 */
public record PressureShift(CheckInAnswer answer, Pressure from, Pressure to, String message) {

    /** True if the answer stops the session. */
    public boolean stopsSession() {
        return answer == CheckInAnswer.IT_HURTS;
    }
}
