package org.easeback.ui.kit;

import java.util.List;
import java.util.Objects;
import org.easeback.engine.Plan;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.safety.ScreeningResult;

/**
 * Everything the player needs to run one session, gathered by the pre-session flow.
 *
 * @param routine   the routine chosen in the library
 * @param receiver  who receives the massage (the guest until receiver profiles exist)
 * @param screening the screening answers and outcome (safety module); always one that {@link ScreeningResult#mayStart()}
 * @param plan      the routine compiled for this receiver, off the FX thread
 */
public record SessionRequest(Routine routine, Receiver receiver, ScreeningResult screening, Plan plan) {

    public SessionRequest {
        Objects.requireNonNull(routine);
        Objects.requireNonNull(receiver);
        Objects.requireNonNull(screening);
        Objects.requireNonNull(plan);
        if (!screening.mayStart()) {
            throw new IllegalArgumentException("A session cannot start when screening says not to");
        }
    }

    /** The cautions the player shows during the session (empty for a plain Go). */
    public List<String> cautions() {
        return screening.cautionTexts();
    }
}
