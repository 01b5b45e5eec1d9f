package org.easeback.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.easeback.ui.kit.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in force, observable on the FX thread (the theme and the sound cues listen to it).
 * Every change is saved in the background; a failed save is logged and the app goes on with the new values.
 */
public final class CurrentSettings {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentSettings.class);

    private final ReadOnlyObjectWrapper<Settings> current;
    private final BackgroundTasks tasks;
    private final SettingsStore store;

    public CurrentSettings(Settings initial, BackgroundTasks tasks, SettingsStore store) {
        this.current = new ReadOnlyObjectWrapper<>(initial);
        this.tasks = tasks;
        this.store = store;
    }

    public Settings get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Settings> property() {
        return current.getReadOnlyProperty();
    }

    /** Makes {@code settings} current and saves them. */
    public void update(Settings settings) {
        if (settings.equals(current.get())) {
            return;
        }
        current.set(settings);
        tasks.run(() -> {
            store.save(settings);
            return settings;
        }, s -> { }, e -> LOG.warn("Settings could not be saved: {}", e.getMessage()));
    }
}
