package org.easeback.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision a safety rule took during a session, kept in the session's record.
 *
 * @param rule    the rule's name, see {@link SafetyRule#ruleName()}
 * @param outcome what the rule decided
 * @param message the sentence the user was shown
 * @param time    when it was decided
 */
public record SafetyDecision(String rule, Outcome outcome, String message, Instant time) {

    /** What a safety rule decided. */
    public enum Outcome {
        /** Nothing to stop: go on. */
        ALLOWED,
        /** Go on, with a caution shown during the session. */
        CAUTION,
        /** Go on only once the receiver confirms. */
        NEEDS_CONFIRMATION,
        /** This action, spot, oil or technique is refused; the session may go on without it. */
        REFUSED,
        /** The session does not start, or stops now. */
        STOPPED
    }

    public SafetyDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(time, "time");
    }

    /** A decision by {@code rule}, stamped with the clock's current instant. */
    public static SafetyDecision of(SafetyRule rule, Outcome outcome, String message, Clock clock) {
        return new SafetyDecision(rule.ruleName(), outcome, message, clock.instant());
    }
}
