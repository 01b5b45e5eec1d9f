package org.easeback.studio;

import java.util.Optional;

/** A field of a technique the studio edits as text; list fields hold one item a line. */
public enum TechniqueField {
    ID("id", false),
    NAME("name", false),
    AUDIENCE("audience", false),
    LEVEL("level", false),
    LEVEL_REASON("levelReason", false),
    PRESSURE("pressure", false),
    MAX_PRESSURE("maxPressure", false),
    STROKES_PER_MINUTE("strokesPerMinute", false),
    WORKS("works", true),
    AVOIDS("avoids", true),
    EQUIPMENT("equipment", true),
    /** One sentence a line. */
    INSTRUCTIONS("instructions", true),
    /** Written inside {@code "diagram"}. */
    MOTION("motion", false);

    private final String jsonName;
    private final boolean lines;

    TechniqueField(String jsonName, boolean lines) {
        this.jsonName = jsonName;
        this.lines = lines;
    }

    public String jsonName() {
        return jsonName;
    }

    /** True if the field is a list, typed one item a line. */
    public boolean lines() {
        return lines;
    }

    public static Optional<TechniqueField> fromJson(String name) {
        for (TechniqueField f : values()) {
            if (f.jsonName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
