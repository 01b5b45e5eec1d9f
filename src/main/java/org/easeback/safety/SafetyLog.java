package org.easeback.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a session's safety decisions for its record and logs each one at INFO.
 * The log line holds the rule's name, the outcome and the receiver's display name only: the message can carry
 * health details (pregnancy, sensitivities), which belong in the receiver's own session record, not in a log.
 * Safe to use from the engine thread and the UI thread at once.
 */
public final class SafetyLog {

    private static final Logger LOG = LoggerFactory.getLogger(SafetyLog.class);

    private final String receiverName;
    private final Clock clock;
    private final List<SafetyDecision> decisions = new ArrayList<>();
    private Consumer<SafetyDecision> sink = d -> { };

    /** A log for a session with the receiver shown as {@code receiverName}; decisions are stamped by {@code clock}. */
    public SafetyLog(String receiverName, Clock clock) {
        this.receiverName = receiverName == null || receiverName.isBlank() ? "Guest" : receiverName.strip();
        this.clock = clock;
    }

    /** Records a decision that a rule took now, and returns it. */
    public SafetyDecision record(SafetyRule rule, SafetyDecision.Outcome outcome, String message) {
        return record(SafetyDecision.of(rule, outcome, message, clock));
    }

    /** Records a decision that was already made (for example by {@link ProfessionalGuard}), and returns it. */
    public SafetyDecision record(SafetyDecision decision) {
        Consumer<SafetyDecision> to;
        synchronized (decisions) {
            decisions.add(decision);
            to = sink;
        }
        to.accept(decision);
        LOG.info("safety rule={} outcome={} receiver={}", decision.rule(), decision.outcome(), receiverName);
        return decision;
    }

    /** Records the screening's decision: one per outcome, with the reasons or cautions as the message. */
    public SafetyDecision record(ScreeningResult result) {
        return record(result.decision(clock));
    }

    /**
     * Sends every decision to {@code sink} as well, those recorded so far first (for example into the session's
     * journal, which opens after the screening was recorded). The sink must not block.
     */
    public void sendTo(Consumer<SafetyDecision> sink) {
        synchronized (decisions) {
            decisions.forEach(sink);
            this.sink = sink;
        }
    }

    /** The decisions so far, oldest first, for the session record. */
    public List<SafetyDecision> decisions() {
        synchronized (decisions) {
            return List.copyOf(decisions);
        }
    }

    /** The receiver's display name, as logged. */
    public String receiverName() {
        return receiverName;
    }
}
