package org.easeback.safety;

/** How strongly essential oils are diluted in the carrier oil. */
public enum Dilution {
    /** About 2 %: 12 drops per 30 ml, for adults. */
    TWO_PERCENT(2, 12, "adults"),
    /** About 1 %: 6 drops per 30 ml, for pregnancy, older receivers and sensitive skin. */
    ONE_PERCENT(1, 6, "pregnancy, older receivers and sensitive skin");

    private static final int REFERENCE_ML = 30;

    private final int percent;
    private final int dropsPer30Ml;
    private final String forWhom;

    Dilution(int percent, int dropsPer30Ml, String forWhom) {
        this.percent = percent;
        this.dropsPer30Ml = dropsPer30Ml;
        this.forWhom = forWhom;
    }

    public int percent() {
        return percent;
    }

    /** Drops of essential oil (all essential oils together) in 30 ml of carrier oil. */
    public int dropsPer30Ml() {
        return dropsPer30Ml;
    }

    /** Drops of essential oil for {@code ml} of carrier oil, rounded; at least 1 for any positive amount. */
    public int dropsFor(int ml) {
        if (ml <= 0) {
            return 0;
        }
        return Math.max(1, Math.round((float) dropsPer30Ml * ml / REFERENCE_ML));
    }

    /** The sentence the oil step shows, for example "About 12 drops of essential oil in 30 ml of carrier oil (2 %, for adults)." */
    public String guidance() {
        return "About " + dropsPer30Ml + " drops of essential oil in " + REFERENCE_ML + " ml of carrier oil ("
                + percent + " %, for " + forWhom + ").";
    }
}
