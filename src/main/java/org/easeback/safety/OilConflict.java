package org.easeback.safety;

import java.util.Optional;

/**
 * One reason a receiver's choice of oils cannot be used as it stands, as a sentence the user reads.
 *
 * @param kind        what is wrong
 * @param oil         the oil concerned (for NO_CARRIER: the essential oils, joined)
 * @param sensitivity for SENSITIVITY: the receiver's words that rule the oil out
 * @param family      for SENSITIVITY by family: the allergen family's name ("tree nuts")
 * @param message     what is wrong and what to do, as a sentence
 */
public record OilConflict(Kind kind, String oil, Optional<String> sensitivity, Optional<String> family,
                          String message) {

    /** The kinds of conflict. */
    public enum Kind {
        /** Essential oils chosen without a carrier oil (or with "none", blank or invisible text). */
        NO_CARRIER,
        /** An essential oil given as the carrier. */
        NOT_A_CARRIER,
        /** An oil the receiver's sensitivity list rules out. */
        SENSITIVITY
    }

    public OilConflict {
        sensitivity = sensitivity == null ? Optional.empty() : sensitivity;
        family = family == null ? Optional.empty() : family;
    }
}
