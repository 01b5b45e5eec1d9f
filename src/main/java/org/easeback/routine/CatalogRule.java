package org.easeback.routine;

import java.util.List;

/**
 * An extra check on each technique of a catalog that passed the format's own rules, plugged into
 * {@link TechniqueCatalogLoader} (for example the safety module's: nothing on the spine, nothing professional at
 * home). Each sentence returned is an error at the technique.
 */
@FunctionalInterface
public interface CatalogRule {

    /** Why {@code technique} must not be in a catalog, one sentence each; empty if it may. */
    List<String> check(Technique technique);
}
