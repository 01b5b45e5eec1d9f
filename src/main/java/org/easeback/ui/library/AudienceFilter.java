package org.easeback.ui.library;

import org.easeback.routine.Audience;

/** The library's "who is it for" filter. */
public enum AudienceFilter {
    ALL("All"), PARTNER("Partner"), SELF("Self");

    private final String label;

    AudienceFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean admits(Audience audience) {
        return switch (this) {
            case ALL -> true;
            case PARTNER -> audience == Audience.PARTNER;
            case SELF -> audience == Audience.SELF;
        };
    }
}
