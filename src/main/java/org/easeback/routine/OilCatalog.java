package org.easeback.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The carrier and essential oils Easeback knows, with their allergen families and cautions: the single source of
 * the oils the app offers and of the allergies it matches ({@code routines/oils.json}).
 */
public final class OilCatalog {

    /** The format tag of an oils file. */
    public static final String FORMAT = "easeback-oils/1";

    /** Carrier oil or essential oil. */
    public enum Kind {
        CARRIER,
        ESSENTIAL
    }

    /**
     * One oil.
     *
     * @param id       unique id
     * @param name     the name the app shows and offers
     * @param aliases  other names people give it
     * @param kind     carrier or essential
     * @param families the allergen families it belongs to (empty: no common allergen)
     * @param cautions what to know before using it, one sentence each
     * @param source   the id of the source in docs/safety.md
     */
    public record Oil(String id, String name, List<String> aliases, Kind kind, List<AllergenFamily> families,
                      List<String> cautions, String source) {
        public Oil {
            aliases = List.copyOf(aliases);
            families = List.copyOf(families);
            cautions = List.copyOf(cautions);
        }

        /** The name and every alias. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    private final Map<String, AllergenFamily> families = new LinkedHashMap<>();
    private final List<Oil> oils;
    private final List<String> sensitivities;

    public OilCatalog(List<AllergenFamily> families, List<Oil> oils, List<String> sensitivities) {
        for (AllergenFamily f : families) {
            if (this.families.putIfAbsent(f.id(), f) != null) {
                throw new IllegalArgumentException("duplicate family id " + f.id());
            }
        }
        this.oils = List.copyOf(oils);
        this.sensitivities = List.copyOf(sensitivities);
    }

    /** A catalog that knows no oil: every name is then matched as words only. */
    public static OilCatalog empty() {
        return new OilCatalog(List.of(), List.of(), List.of());
    }

    public List<AllergenFamily> families() {
        return List.copyOf(families.values());
    }

    public Optional<AllergenFamily> family(String id) {
        return Optional.ofNullable(families.get(id));
    }

    /** Every oil, carriers first, in file order. */
    public List<Oil> oils() {
        return oils;
    }

    public List<Oil> carriers() {
        return oils.stream().filter(o -> o.kind() == Kind.CARRIER).toList();
    }

    public List<Oil> essentialOils() {
        return oils.stream().filter(o -> o.kind() == Kind.ESSENTIAL).toList();
    }

    /** The carrier names the receiver editor offers, in file order. */
    public List<String> carrierNames() {
        return carriers().stream().map(Oil::name).toList();
    }

    /** The essential oil names the receiver editor offers, in file order. */
    public List<String> essentialOilNames() {
        return essentialOils().stream().map(Oil::name).toList();
    }

    /** The sensitivities the receiver editor offers; any other may be typed. */
    public List<String> sensitivities() {
        return sensitivities;
    }
}
