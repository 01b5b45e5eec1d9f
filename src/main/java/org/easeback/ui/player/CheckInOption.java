package org.easeback.ui.player;

import org.easeback.safety.CheckInAnswer;

/**
 * One answer button of the check-in overlay.
 *
 * @param answer the answer it gives
 * @param effect what choosing it changes, briefly, e.g. "moderate (≈ 5–6 of 10)"
 * @param detail the safety module's full sentence, e.g. "Firmer: pressure goes up one level, to moderate (≈ 5–6 of 10)."
 */
public record CheckInOption(CheckInAnswer answer, String effect, String detail) {

    /** "Firmer: moderate (≈ 5–6 of 10)". */
    public String text() {
        return answer.label() + ": " + effect;
    }
}
