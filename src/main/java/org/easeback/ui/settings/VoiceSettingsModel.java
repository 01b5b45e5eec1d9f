package org.easeback.ui.settings;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.speech.EngineStatus;
import org.easeback.speech.SpeechSettings;
import org.easeback.speech.SpeechStyle;
import org.easeback.speech.SpokenEvent;
import org.easeback.ui.sound.SystemVoice;

/**
 * The voice part of the settings screen: on or off, which voice, how fast and how loud, which moments speak, the
 * engine that was found (or what to install), and "Test voice". Each change takes effect and is saved at once.
 */
public final class VoiceSettingsModel {

    /** The choice that leaves the voice to the engine. */
    public static final String DEFAULT_VOICE = "";

    private final CurrentSettings settings;
    private final SystemVoice voice;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final StringProperty voiceName = new SimpleStringProperty(DEFAULT_VOICE);
    private final ObservableList<String> voices = FXCollections.observableArrayList(DEFAULT_VOICE);
    private final DoubleProperty rate = new SimpleDoubleProperty();
    private final DoubleProperty volumePercent = new SimpleDoubleProperty();
    private final Map<SpokenEvent, BooleanProperty> events = new EnumMap<>(SpokenEvent.class);
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper engineFound = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");

    public VoiceSettingsModel(CurrentSettings settings, SystemVoice voice) {
        this.settings = Objects.requireNonNull(settings);
        this.voice = Objects.requireNonNull(voice);
        SpeechSettings s = settings.get().speech();
        enabled.set(s.enabled());
        voiceName.set(s.style().voice());
        if (!s.style().voice().isEmpty()) {
            voices.add(s.style().voice());
        }
        rate.set(s.style().wordsPerMinute());
        volumePercent.set(Math.round(s.volume() * 100));
        for (SpokenEvent e : SpokenEvent.values()) {
            BooleanProperty on = new SimpleBooleanProperty(s.events().contains(e));
            on.addListener((o, a, b) -> push());
            events.put(e, on);
        }
        enabled.addListener((o, a, b) -> push());
        voiceName.addListener((o, a, b) -> push());
        rate.addListener((o, a, b) -> push());
        volumePercent.addListener((o, a, b) -> push());
        showEngine(voice.statusProperty().get());
        voice.statusProperty().addListener((o, a, b) -> showEngine(b));
    }

    private void showEngine(EngineStatus status) {
        if (status == null) {
            engine.set("Looking for a speech engine…");
            engineFound.set(false);
            return;
        }
        engineFound.set(status.available());
        engine.set(status.available() ? "Speech engine: " + status.name() : status.reason());
        if (status.available()) {
            for (String v : status.voices()) {
                if (!voices.contains(v) && isVoiceName(v)) {
                    voices.add(v);
                }
            }
        }
    }

    private static boolean isVoiceName(String v) {
        try {
            new SpeechStyle(v, SpeechStyle.DEFAULT_RATE);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private SpeechSettings current() {
        EnumSet<SpokenEvent> on = EnumSet.noneOf(SpokenEvent.class);
        events.forEach((e, p) -> {
            if (p.get()) {
                on.add(e);
            }
        });
        String name = voiceName.get() == null || !isVoiceName(voiceName.get()) ? DEFAULT_VOICE : voiceName.get();
        int wpm = (int) Math.round(Math.max(SpeechStyle.MIN_RATE, Math.min(SpeechStyle.MAX_RATE, rate.get())));
        double vol = Math.max(0, Math.min(100, volumePercent.get())) / 100.0;
        return new SpeechSettings(enabled.get(), new SpeechStyle(name, wpm), vol, on);
    }

    private void push() {
        settings.update(settings.get().withSpeech(current()));
    }

    /** Speaks a sample in the chosen voice, rate and volume, then says whether it could. */
    public void testVoice() {
        if (testing.get()) {
            return;
        }
        testing.set(true);
        testResult.set("Speaking a sample…");
        voice.test(current(), result -> {
            testing.set(false);
            testResult.set(result.message());
        });
    }

    /** How a moment that speaks is named on screen. */
    public static String label(SpokenEvent event) {
        return switch (event) {
            case ENTRY_START -> "Each step's name and what to do";
            case SWITCH_SIDES -> "Switch sides";
            case HALFWAY -> "Halfway";
            case TEN_SECONDS_LEFT -> "10 seconds left";
            case COUNTDOWN -> "3, 2, 1";
            case CHECK_IN -> "Pressure check-ins";
            case PAIN_STOP -> "Pain stop advice (always)";
        };
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The voice's name as the engine spells it; {@link #DEFAULT_VOICE} for the engine's default. */
    public StringProperty voiceProperty() {
        return voiceName;
    }

    /** The default, then the engine's voices (or languages) once it has been found. */
    public ObservableList<String> voices() {
        return voices;
    }

    /** Words a minute, {@value SpeechStyle#MIN_RATE} to {@value SpeechStyle#MAX_RATE}. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    public DoubleProperty volumePercentProperty() {
        return volumePercent;
    }

    /** Whether {@code event} speaks; the pain stop cannot be turned off. */
    public BooleanProperty speaksProperty(SpokenEvent event) {
        return events.get(event);
    }

    /** Which engine was found, or what to install when none was. */
    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty engineFoundProperty() {
        return engineFound.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What the last voice test found; empty before the first. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }
}
