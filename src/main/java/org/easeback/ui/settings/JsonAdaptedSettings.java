package org.easeback.ui.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code settings.json} as stored ({@code easeback-settings/1}), kept apart from {@link Settings}. A missing value
 * takes its default; an unknown theme is dark and the volume is clamped, so an old or hand-edited file still opens.
 * Unknown fields are ignored: a later Easeback may add settings to the same version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"format", "theme", "volume", "muted", "paceTicks", "speech"})
record JsonAdaptedSettings(
        @JsonProperty("format") String format,
        @JsonProperty("theme") String theme,
        @JsonProperty("volume") Double volume,
        @JsonProperty("muted") Boolean muted,
        @JsonProperty("paceTicks") Boolean paceTicks,
        @JsonProperty("speech") JsonNode speech) {

    @JsonCreator
    JsonAdaptedSettings {
    }

    static JsonAdaptedSettings of(Settings s) {
        return new JsonAdaptedSettings(SettingsStore.FORMAT, s.theme().jsonName(), s.volume(), s.muted(),
                s.paceTicks(), SpeechSettingsJson.write(new ObjectMapper(), s.speech()));
    }

    /** The settings, each missing value taking its default. */
    Settings toModel() {
        Settings d = Settings.DEFAULTS;
        return new Settings(theme == null ? d.theme() : Theme.fromJson(theme),
                volume == null ? d.volume() : volume,
                muted == null ? d.muted() : muted,
                paceTicks == null ? d.paceTicks() : paceTicks,
                // A bad voice field falls back on its own, without resetting the rest.
                SpeechSettingsJson.read(speech == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                        : speech));
    }
}
