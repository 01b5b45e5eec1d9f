package org.easeback.routine;

import java.util.Optional;

/** Finds catalog techniques by id; the plan compiler needs it for titles, pressure defaults and the home guard. */
@FunctionalInterface
public interface TechniqueLookup {

    /** The technique with this id, or empty if the catalog has none. */
    Optional<Technique> find(String id);
}
