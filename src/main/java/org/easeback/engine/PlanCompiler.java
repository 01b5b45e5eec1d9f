package org.easeback.engine;

import java.util.Optional;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.routine.TechniqueLookup;

/** Compiles a routine, for an optional receiver, into an immutable {@link Plan}. */
public final class PlanCompiler {

    public PlanCompiler(TechniqueLookup catalog) {
    }

    public PlanResult compile(Routine routine, Optional<Receiver> receiver, PlanSettings settings) {
        return new PlanResult.Refused("not yet");
    }
}
