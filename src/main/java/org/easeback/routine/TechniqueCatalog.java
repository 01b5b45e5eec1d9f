package org.easeback.routine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The techniques routines may use, by id, in catalog order. */
public final class TechniqueCatalog {

    /** The format tag of a catalog file. */
    public static final String FORMAT = "easeback-techniques/1";

    private final Map<String, Technique> byId = new LinkedHashMap<>();

    public TechniqueCatalog(List<Technique> techniques) {
        for (Technique t : techniques) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("duplicate technique id " + t.id());
            }
        }
    }

    /** A catalog with no techniques. */
    public static TechniqueCatalog empty() {
        return new TechniqueCatalog(List.of());
    }

    public Optional<Technique> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every id, in catalog order (also what "did you mean" suggests from). */
    public Collection<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<Technique> techniques() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
