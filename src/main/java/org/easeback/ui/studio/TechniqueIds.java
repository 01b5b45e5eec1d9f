package org.easeback.ui.studio;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** The id a new technique is offered from its name: lower case words joined by '-', never one that is taken. */
final class TechniqueIds {

    /** The longest id the catalog format allows. */
    static final int MAX_LENGTH = 64;

    private TechniqueIds() {
    }

    /** "Palm circles, slow" gives "palm-circles-slow"; accents are dropped, anything else becomes a '-'. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return cut(slug, MAX_LENGTH);
    }

    /**
     * The slug of {@code name}, or when a bundled or other user technique has it, "my-" before it, then a number:
     * a technique of one's own may never shadow another. Empty when the name has no letters or digits.
     */
    static String suggest(String name, Set<String> taken) {
        String base = slug(name);
        if (base.isEmpty() || !taken.contains(base)) {
            return base;
        }
        String mine = cut("my-" + base, MAX_LENGTH);
        if (!taken.contains(mine)) {
            return mine;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String numbered = cut(mine, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.contains(numbered)) {
                return numbered;
            }
        }
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        return slug.substring(0, max).replaceAll("-+$", "");
    }
}
