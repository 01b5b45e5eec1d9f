package org.easeback.engine;

import java.util.Optional;

/** What the plan compiler returns: a plan, or a refusal with a sentence saying why and what to do. */
public sealed interface PlanResult {

    /** The routine compiled into {@code plan}. */
    record Compiled(Plan plan) implements PlanResult {
    }

    /** The routine cannot be run as asked; {@code reason} is a user-facing sentence. */
    record Refused(String reason) implements PlanResult {
    }

    /** The plan, if compiled. */
    default Optional<Plan> compiledPlan() {
        return this instanceof Compiled c ? Optional.of(c.plan()) : Optional.empty();
    }

    /** The plan, or a {@link PlanRefusedException} carrying the reason. */
    default Plan orElseThrow() {
        if (this instanceof Compiled c) {
            return c.plan();
        }
        throw new PlanRefusedException(((Refused) this).reason());
    }
}
