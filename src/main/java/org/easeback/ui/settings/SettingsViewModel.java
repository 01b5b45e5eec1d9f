package org.easeback.ui.settings;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.SoundStatus;
import org.easeback.ui.kit.BackgroundTasks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The settings screen's state; each change takes effect and is saved at once, so there is no Save button. */
public final class SettingsViewModel {

    private final CurrentSettings settings;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final DoubleProperty volumePercent = new SimpleDoubleProperty();
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final BooleanProperty paceTicks = new SimpleBooleanProperty();
    private final CuePlayer cues;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");

    /** Settings with no sound to test (tests of the other settings). */
    public SettingsViewModel(CurrentSettings settings) {
        this(settings, CuePlayer.silent(), null);
    }

    /** @param cues the cue player "Test sound" plays through; {@code tasks} waits for it off the FX thread */
    public SettingsViewModel(CurrentSettings settings, CuePlayer cues, BackgroundTasks tasks) {
        this.settings = settings;
        this.cues = cues;
        this.tasks = tasks;
        Settings s = settings.get();
        theme.set(s.theme());
        volumePercent.set(Math.round(s.volume() * 100));
        muted.set(s.muted());
        paceTicks.set(s.paceTicks());
        theme.addListener((o, a, b) -> push());
        volumePercent.addListener((o, a, b) -> push());
        muted.addListener((o, a, b) -> push());
        paceTicks.addListener((o, a, b) -> push());
    }

    /** Plays every cue once and then says whether each played. */
    public void testSound() {
        if (testing.get() || tasks == null) {
            return;
        }
        testing.set(true);
        testResult.set("Playing each cue once…");
        tasks.run(() -> cues.testEachCue().get(2, TimeUnit.MINUTES), results -> {
            testing.set(false);
            testResult.set(SettingsWording.soundTest(results, settings.get()));
        }, e -> {
            testing.set(false);
            testResult.set("The sound test could not run (" + e.getMessage() + ").");
        });
    }

    /** True while the sound test plays. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** What the last sound test found, in words; empty before the first. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    /** The cues' status, for the "Sound off" notice. */
    public SoundStatus soundStatus() {
        return cues.status();
    }

    private void push() {
        settings.update(new Settings(theme.get(), volumePercent.get() / 100.0, muted.get(),
                paceTicks.get(), settings.get().speech()));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Volume from 0 to 100. */
    public DoubleProperty volumePercentProperty() {
        return volumePercent;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** A soft tick on every pace beat. */
    public BooleanProperty paceTicksProperty() {
        return paceTicks;
    }
}
