package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No zero-width, look-alike, case or spacing variant of a refused phrase passes the direct-application rule. */
class DirectApplicationProperties {

    static final List<String> REFUSED = List.of(
            "Apply the lavender essential oil directly to the skin.",
            "Put the peppermint essential oil straight onto the skin.",
            "Rub in undiluted eucalyptus.",
            "Use the essential oil as it comes from the bottle.",
            "Massage the lavender in with no carrier.",
            "Don't bother with a carrier: rub the lavender essential oil in.",
            "Take the lavender essential oil. Put it on neat.");

    static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
            "\u200E", "\u034F", "\uFE0F");

    /** Latin letter → look-alikes from Cyrillic, Greek and the full-width forms. */
    static final Map<Character, List<String>> LOOK_ALIKES = Map.of(
            'a', List.of("\u0430", "\u03B1", "\uFF41"),
            'e', List.of("\u0435", "\u03B5", "\uFF45"),
            'o', List.of("\u043E", "\u03BF", "\uFF4F"),
            'p', List.of("\u0440", "\u03C1"),
            'c', List.of("\u0441", "\uFF43"),
            'i', List.of("\u0456", "\u03B9"),
            'x', List.of("\u0445"),
            'y', List.of("\u0443"));

    @Provide
    Arbitrary<String> disguised() {
        return Combinators.combine(Arbitraries.of(REFUSED), Arbitraries.longs(), Arbitraries.integers().between(1, 4))
                .as((phrase, seed, every) -> disguise(phrase, new java.util.Random(seed), every));
    }

    static String disguise(String phrase, java.util.Random random, int every) {
        StringBuilder out = new StringBuilder();
        for (char c : phrase.toCharArray()) {
            char lower = Character.toLowerCase(c);
            List<String> alikes = LOOK_ALIKES.get(lower);
            if (alikes != null && random.nextInt(every) == 0) {
                out.append(alikes.get(random.nextInt(alikes.size())));
            } else if (c == ' ' && random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? "\u00A0" : "  \t");
            } else {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            if (random.nextInt(every + 1) == 0) {
                out.append(INVISIBLE.get(random.nextInt(INVISIBLE.size())));
            }
        }
        return out.toString();
    }

    @Property(tries = 400)
    void noDisguisedVariantOfARefusedPhrasePasses(@ForAll("disguised") String text) {
        assertThat(DirectApplicationRule.flags(text)).as(text).isTrue();
    }

    @Property(tries = 200)
    void theRefusedPhraseStaysRefusedInsideOtherText(@ForAll("disguised") String text,
                                                     @ForAll("filler") String before) {
        assertThat(DirectApplicationRule.flags(before + ". " + text)).as(text).isTrue();
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of("Warm your hands", "Kneel beside the mattress", "Ask how the pressure feels", "");
    }
}
