package org.easeback.routine;

import java.util.List;

/**
 * A group of oils one allergy rules out together ("tree nuts"), from {@code routines/oils.json}.
 *
 * @param id     the id oils refer to, e.g. "tree-nut"
 * @param name   the family as sentences name it, e.g. "tree nuts"
 * @param words  words and phrases, singular and lower case, that name the family or a member ("nut", "almond")
 * @param source the id of the source in docs/safety.md that backs the grouping
 */
public record AllergenFamily(String id, String name, List<String> words, String source) {

    public AllergenFamily {
        words = List.copyOf(words);
    }
}
