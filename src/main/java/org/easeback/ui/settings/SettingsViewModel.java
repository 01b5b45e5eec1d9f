package org.easeback.ui.settings;

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

    public SettingsViewModel(CurrentSettings settings) {
        this.settings = settings;
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

    private void push() {
        settings.update(new Settings(theme.get(), volumePercent.get() / 100.0, muted.get(),
                paceTicks.get()));
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
