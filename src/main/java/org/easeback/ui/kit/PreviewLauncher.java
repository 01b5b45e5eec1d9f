package org.easeback.ui.kit;

import java.util.function.IntConsumer;
import org.easeback.engine.Plan;

/**
 * Where the studio hands a compiled plan to the real player for a preview: faster than real time, with no
 * receiver, and nothing journalled. The player side implements it; the app shell wires it. FX thread only.
 */
public interface PreviewLauncher {

    /** The speeds a preview plays at. */
    enum Speed {
        REAL(1), FIVE(5), TWENTY(20);

        private final int factor;

        Speed(int factor) {
            this.factor = factor;
        }

        /** How many seconds of the plan pass in one second of real time. */
        public int factor() {
            return factor;
        }

        /** "1×", "5×", "20×". */
        public String label() {
            return factor + "\u00d7";
        }
    }

    /**
     * Plays {@code plan} from entry {@code fromEntry} at {@code speed}. When the giver leaves the preview (at the
     * end, or with Esc), {@code back} gets the index of the entry the player was showing, so the studio returns to
     * the same step.
     */
    void preview(Plan plan, Speed speed, int fromEntry, IntConsumer back);
}
