package org.easeback.ui.settings;

import java.util.Objects;

/**
 * The user's settings, saved in {@code settings.json} in the data directory.
 *
 * @param theme  dark or light
 * @param volume sound cue volume from 0.0 to 1.0
 * @param muted  true silences every cue whatever the volume
 */
public record Settings(Theme theme, double volume, boolean muted) {

    /** Dark, 80 % volume, sound on. */
    public static final Settings DEFAULTS = new Settings(Theme.DARK, 0.8, false);

    public Settings {
        Objects.requireNonNull(theme);
        volume = Double.isFinite(volume) ? Math.max(0.0, Math.min(1.0, volume)) : DEFAULTS_VOLUME;
    }

    private static final double DEFAULTS_VOLUME = 0.8;

    /** The volume to play cues at: 0 when muted. */
    public double effectiveVolume() {
        return muted ? 0.0 : volume;
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, volume, muted);
    }

    public Settings withVolume(double v) {
        return new Settings(theme, v, muted);
    }

    public Settings withMuted(boolean m) {
        return new Settings(theme, volume, m);
    }
}
