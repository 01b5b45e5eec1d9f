package org.easeback.routine;

import java.util.List;

/**
 * An extra check on each technique of a catalog that passed the format's own rules, plugged into
 * {@link TechniqueCatalogLoader} (for example the safety module's check that a diagram stays off the spine).
 * Each sentence becomes an error at the technique.
 */
@FunctionalInterface
public interface CatalogRule {

    /** Why {@code technique} breaks this rule, as sentences; empty if it keeps it. */
    List<String> check(Technique technique);
}
