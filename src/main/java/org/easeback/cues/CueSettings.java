package org.easeback.cues;

/**
 * How cues sound, from the app settings.
 *
 * @param volume     loudness from 0 to 1
 * @param muted      true to play nothing
 * @param paceTicks  true to tick softly on every pace beat
 */
public record CueSettings(double volume, boolean muted, boolean paceTicks) {

    /** Cues on at a comfortable volume, pace ticks off (they are optional). */
    public static final CueSettings DEFAULT = new CueSettings(0.8, false, false);

    public CueSettings {
        volume = Double.isNaN(volume) ? 0.8 : Math.max(0, Math.min(1, volume));
    }
}
