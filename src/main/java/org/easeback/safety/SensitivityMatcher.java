package org.easeback.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.AllergenFamily;
import org.easeback.routine.OilCatalog;
import org.easeback.routine.OilCatalogLoader;

/**
 * Reads a receiver's sensitivities by meaning, not by exact text: "nut allergy", "tree nuts", "allergic to almonds"
 * and "Peanut allergy" name allergen families of {@code routines/oils.json}, whatever the case, accents, plural or
 * invisible characters; any other wording is kept and matched as words against oil names. Naming one member of a
 * family ("almond") names the whole family, as allergists advise avoiding every tree nut after a reaction to one.
 */
public final class SensitivityMatcher {

    /**
     * Why an oil conflicts with a sensitivity.
     *
     * @param sensitivity the receiver's words, as written
     * @param family      the allergen family both share, or empty when the sensitivity names the oil itself
     */
    public record Match(String sensitivity, Optional<AllergenFamily> family) {
    }

    /** Words that say how someone reacts rather than to what. */
    private static final Set<String> FILLER = Set.of("allergy", "allergic", "allergen", "allergie", "intolerance",
            "intolerant", "sensitive", "sensitivity", "sensitivitie", "reaction", "react", "reacts", "to", "i", "i'm",
            "im", "am", "have", "ha", "has", "a", "an", "the", "of", "oil", "essential", "severe", "mild", "bad",
            "very", "all", "any", "kind", "type", "product", "with", "from", "pure", "organic", "cold", "pressed",
            "virgin", "extra", "refined", "carrier", "base", "massage", "my", "me", "avoid", "no", "not");

    private static final SensitivityMatcher BUNDLED = new SensitivityMatcher(OilCatalogLoader.bundled());

    private final OilCatalog catalog;
    private final List<Phrase> phrases = new ArrayList<>();

    private record Phrase(List<String> words, AllergenFamily family) {
    }

    public SensitivityMatcher(OilCatalog catalog) {
        this.catalog = catalog;
        for (AllergenFamily f : catalog.families()) {
            for (String w : f.words()) {
                List<String> words = tokens(w);
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(words, f));
                }
            }
        }
    }

    /** The matcher over the bundled oils. */
    public static SensitivityMatcher bundled() {
        return BUNDLED;
    }

    public OilCatalog catalog() {
        return catalog;
    }

    /** The allergen families a sensitivity names ("nut allergy": tree nuts and peanuts), in catalog order. */
    public List<AllergenFamily> families(String sensitivity) {
        Set<AllergenFamily> out = new LinkedHashSet<>();
        for (List<String> part : parts(sensitivity)) {
            out.addAll(familiesIn(part));
        }
        return catalog.families().stream().filter(out::contains).toList();
    }

    /** The oil of the catalog that {@code name} names ("Sweet almond oil" → sweet almond), if any. */
    public Optional<OilCatalog.Oil> find(String name) {
        Set<String> typed = new LinkedHashSet<>(meaningful(tokens(name)));
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        OilCatalog.Oil best = null;
        int bestSize = 0;
        for (OilCatalog.Oil oil : catalog.oils()) {
            for (String n : oil.names()) {
                Set<String> words = new LinkedHashSet<>(meaningful(tokens(n)));
                if (!words.isEmpty() && typed.containsAll(words) && words.size() > bestSize) {
                    best = oil;
                    bestSize = words.size();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first of {@code sensitivities} that rules out {@code oil}, and why; empty if none does. */
    public Optional<Match> match(String oil, List<String> sensitivities) {
        for (String s : sensitivities) {
            Optional<Match> m = match(oil, s);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code sensitivity} rules out {@code oil}: it names the oil, or a family the oil belongs to. */
    public Optional<Match> match(String oil, String sensitivity) {
        if (oil == null || sensitivity == null) {
            return Optional.empty();
        }
        Optional<OilCatalog.Oil> known = find(oil);
        List<Set<String>> oilNames = new ArrayList<>();
        oilNames.add(new LinkedHashSet<>(meaningful(tokens(oil))));
        known.ifPresent(k -> k.names().forEach(n -> oilNames.add(new LinkedHashSet<>(meaningful(tokens(n))))));
        List<List<String>> parts = parts(sensitivity);
        for (List<String> part : parts) {
            Set<String> words = new LinkedHashSet<>(meaningful(part));
            if (words.isEmpty()) {
                continue;
            }
            for (Set<String> name : oilNames) {
                if (!name.isEmpty() && (name.containsAll(words) || words.containsAll(name))) {
                    return Optional.of(new Match(sensitivity, Optional.empty()));
                }
            }
        }
        if (known.isPresent()) {
            for (List<String> part : parts) {
                for (AllergenFamily f : familiesIn(part)) {
                    if (known.get().families().contains(f)) {
                        return Optional.of(new Match(sensitivity, Optional.of(f)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The families named in one part, longest phrase first: "tree nut" is tree nuts only, "nut" is any nut. */
    private Set<AllergenFamily> familiesIn(List<String> words) {
        Set<AllergenFamily> found = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            int longest = 0;
            Set<AllergenFamily> here = new LinkedHashSet<>();
            for (Phrase p : phrases) {
                int n = p.words().size();
                if (n >= longest && i + n <= words.size() && words.subList(i, i + n).equals(p.words())) {
                    if (n > longest) {
                        here.clear();
                        longest = n;
                    }
                    here.add(p.family());
                }
            }
            found.addAll(here);
            i += Math.max(1, longest);
        }
        return found;
    }

    /** A sensitivity split where it lists several things: commas, slashes, "and", "or". */
    private static List<List<String>> parts(String sensitivity) {
        List<List<String>> parts = new ArrayList<>();
        for (String piece : SafetyText.normalise(sensitivity).split("[,;/&+|()\\n]")) {
            List<String> current = new ArrayList<>();
            for (String w : tokens(piece)) {
                if (w.equals("and") || w.equals("or") || w.equals("nor")) {
                    if (!current.isEmpty()) {
                        parts.add(current);
                    }
                    current = new ArrayList<>();
                } else {
                    current.add(w);
                }
            }
            if (!current.isEmpty()) {
                parts.add(current);
            }
        }
        return parts;
    }

    /** Normalised, singular words. */
    static List<String> tokens(String text) {
        return SafetyText.words(text).stream().map(SafetyText::singular).toList();
    }

    private static List<String> meaningful(List<String> words) {
        return words.stream().filter(w -> !FILLER.contains(w)).toList();
    }
}
