package org.easeback.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Locale;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechStyle;
import org.easeback.speech.SpokenEvent;

/**
 * The voice part of {@code settings.json}: {@code "speech": {"enabled", "voice", "rate", "volume", "events"}}.
 * Files written before there was a voice have none, and any field that is missing or out of range falls back to
 * its default on its own, so one bad value never resets the rest.
 */
final class SpeechSettingsJson {

    private SpeechSettingsJson() {
    }

    static SpeechSettings read(JsonNode node) {
        SpeechSettings d = SpeechSettings.DEFAULT;
        if (node == null || !node.isObject()) {
            return d;
        }
        boolean enabled = node.path("enabled").isBoolean() ? node.path("enabled").asBoolean() : d.enabled();
        String voice = d.style().voice();
        if (node.path("voice").isTextual()) {
            try {
                voice = new SpeechStyle(node.path("voice").asText(), SpeechStyle.DEFAULT_RATE).voice();
            } catch (IllegalArgumentException e) {
                voice = d.style().voice();
            }
        }
        int rate = d.style().wordsPerMinute();
        if (node.path("rate").isInt()) {
            rate = Math.max(SpeechStyle.MIN_RATE, Math.min(SpeechStyle.MAX_RATE, node.path("rate").asInt()));
        }
        double volume = d.volume();
        if (node.path("volume").isNumber() && Double.isFinite(node.path("volume").asDouble())) {
            volume = Math.max(0, Math.min(1, node.path("volume").asDouble()));
        }
        EnumSet<SpokenEvent> events = EnumSet.noneOf(SpokenEvent.class);
        if (node.path("events").isArray()) {
            for (JsonNode e : node.path("events")) {
                for (SpokenEvent known : SpokenEvent.values()) {
                    if (jsonName(known).equals(e.asText())) {
                        events.add(known);
                    }
                }
            }
        } else {
            events.addAll(d.events());
        }
        return new SpeechSettings(enabled, new SpeechStyle(voice, rate), volume, events);
    }

    static ObjectNode write(ObjectMapper json, SpeechSettings s) {
        ObjectNode out = json.createObjectNode();
        out.put("enabled", s.enabled());
        out.put("voice", s.style().voice());
        out.put("rate", s.style().wordsPerMinute());
        out.put("volume", s.volume());
        ArrayNode events = out.putArray("events");
        for (SpokenEvent e : SpokenEvent.values()) {
            if (s.events().contains(e)) {
                events.add(jsonName(e));
            }
        }
        return out;
    }

    /** ENTRY_START is "entryStart" in the file. */
    static String jsonName(SpokenEvent e) {
        String[] words = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
