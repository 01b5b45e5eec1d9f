package org.easeback.ui.settings;

import java.util.Objects;
import org.easeback.speech.SpeechSettings;

/**
 * The user's settings, saved in {@code settings.json} in the data directory.
 *
 * @param theme  dark or light
 * @param volume sound cue volume from 0.0 to 1.0
 * @param muted  true silences every cue whatever the volume
 * @param paceTicks true plays a soft tick on each pace beat (off by default: some find it distracting)
 * @param speech the voice: on or off, voice and rate, volume, and which moments speak
 */
public record Settings(Theme theme, double volume, boolean muted, boolean paceTicks, SpeechSettings speech) {

    /** Dark, 80 % volume, sound on, no pace ticks, the voice on. */
    public static final Settings DEFAULTS = new Settings(Theme.DARK, 0.8, false, false);

    public Settings {
        Objects.requireNonNull(theme);
        Objects.requireNonNull(speech);
        volume = Double.isFinite(volume) ? Math.max(0.0, Math.min(1.0, volume)) : DEFAULTS_VOLUME;
    }

    private static final double DEFAULTS_VOLUME = 0.8;

    /** Settings with the default voice. */
    public Settings(Theme theme, double volume, boolean muted, boolean paceTicks) {
        this(theme, volume, muted, paceTicks, SpeechSettings.DEFAULT);
    }

    /** Settings without pace ticks. */
    public Settings(Theme theme, double volume, boolean muted) {
        this(theme, volume, muted, false);
    }

    /** The volume to play cues at: 0 when muted. */
    public double effectiveVolume() {
        return muted ? 0.0 : volume;
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, volume, muted, paceTicks, speech);
    }

    public Settings withMuted(boolean m) {
        return new Settings(theme, volume, m, paceTicks, speech);
    }

    public Settings withSpeech(SpeechSettings s) {
        return new Settings(theme, volume, muted, paceTicks, s);
    }
}
