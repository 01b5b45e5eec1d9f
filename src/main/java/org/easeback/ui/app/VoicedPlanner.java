package org.easeback.ui.app;

import java.util.function.Supplier;
import org.easeback.engine.PlanResult;
import org.easeback.speech.SpeechSettings;
import org.easeback.ui.kit.SessionPlanner;
import org.easeback.ui.sound.SystemVoice;

/** A planner that, once a plan is compiled, has its phrases rendered into the cache ahead of the session. */
final class VoicedPlanner {

    private VoicedPlanner() {
    }

    /** {@code planner}, followed for each compiled plan by {@link SystemVoice#prepare} in {@code speech}'s voice. */
    static SessionPlanner over(SessionPlanner planner, SystemVoice voice, Supplier<SpeechSettings> speech) {
        return (routine, receiver, screening) -> {
            PlanResult result = planner.plan(routine, receiver, screening);
            if (result instanceof PlanResult.Compiled compiled) {
                voice.prepare(compiled.plan(), speech.get());
            }
            return result;
        };
    }
}
