package org.easeback.speech;

import java.util.EnumSet;
import java.util.Set;

/**
 * The voice settings: on or off, how it sounds, and which moments speak.
 *
 * @param enabled whether the voice speaks at all
 * @param style   voice and rate (what phrases are rendered with)
 * @param volume  0 to 1, applied when a phrase plays
 * @param events  the moments that speak; the pain stop always does while the voice is on
 */
public record SpeechSettings(boolean enabled, SpeechStyle style, double volume, Set<SpokenEvent> events) {

    public static final SpeechSettings DEFAULT = new SpeechSettings(true, SpeechStyle.DEFAULT, 1.0,
            EnumSet.allOf(SpokenEvent.class));
    public static final SpeechSettings OFF = new SpeechSettings(false, SpeechStyle.DEFAULT, 1.0,
            EnumSet.allOf(SpokenEvent.class));

    public SpeechSettings {
        if (!(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("The volume must be from 0 to 1, not " + volume + ".");
        }
        EnumSet<SpokenEvent> copy = EnumSet.noneOf(SpokenEvent.class);
        copy.addAll(events);
        copy.add(SpokenEvent.PAIN_STOP);
        events = Set.copyOf(copy);
    }

    public boolean speaks(SpokenEvent event) {
        return enabled && events.contains(event);
    }
}
