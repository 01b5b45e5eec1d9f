package org.easeback.routine;

import java.util.Optional;

/** Pressure levels, lightest first, each with its meaning on the 1–10 scale therapists use. */
public enum Pressure {
    LIGHT("light", "2–3"),
    GENTLE("gentle", "4"),
    MODERATE("moderate", "5–6"),
    FIRM("firm", "7");

    /** The pressure a home session starts from when nothing else says otherwise (the article: gentle). */
    public static final Pressure DEFAULT = GENTLE;

    private final String jsonName;
    private final String scale;

    Pressure(String jsonName, String scale) {
        this.jsonName = jsonName;
        this.scale = scale;
    }

    /** The value as it appears in routine and receiver files. */
    public String jsonName() {
        return jsonName;
    }

    /** The level on the 1–10 scale, for example "5–6". A home session never goes past 7. */
    public String scale() {
        return scale;
    }

    /** This level moved by {@code steps} (negative is lighter), clamped between LIGHT and {@code max}. */
    public Pressure shifted(int steps, Pressure max) {
        int target = Math.min(ordinal() + steps, max.ordinal());
        return values()[Math.max(target, LIGHT.ordinal())];
    }

    /** The level whose {@link #jsonName()} is {@code name}, if any. */
    public static Optional<Pressure> fromJson(String name) {
        for (Pressure p : values()) {
            if (p.jsonName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
