package org.easeback.ui.kit;

import javafx.util.Duration;

/**
 * The length of every UI animation goes through {@link #of(Duration)}, so tests can make all of them instant
 * ({@link #instant()}) and assert on end states without waiting. Only the FX thread reads it.
 */
public final class Motion {

    private static volatile boolean instant;

    private Motion() {
    }

    /** {@code length}, or {@link Duration#ZERO} when animations are switched off. */
    public static Duration of(Duration length) {
        return instant ? Duration.ZERO : length;
    }

    /** Makes every animation created from now on run in zero time (tests, screenshots). */
    public static void instant() {
        instant = true;
    }
}
