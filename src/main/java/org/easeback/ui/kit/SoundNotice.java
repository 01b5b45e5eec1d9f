package org.easeback.ui.kit;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.easeback.cues.SoundStatus;

/**
 * "Sound off: no audio device (REASON)…" on screen for as long as the cues cannot play, kept current on the FX
 * thread as the cue player finds out. Screens show {@link #label(String)}; call {@link #close()} when leaving.
 */
public final class SoundNotice implements AutoCloseable {

    private final SoundStatus status;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Runnable watcher = this::refresh;

    public SoundNotice(SoundStatus status) {
        this.status = status;
        text.set(status.notice().orElse(""));
        status.watch(watcher);
    }

    /** The notice, or empty while sound works (or is still being checked). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** A wrapping warning label showing the notice, there only while sound is off. */
    public Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("sound-off", styleClass);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void refresh() {
        String now = status.notice().orElse("");
        if (Platform.isFxApplicationThread()) {
            text.set(now);
        } else {
            Platform.runLater(() -> text.set(status.notice().orElse("")));
        }
    }

    @Override
    public void close() {
        status.unwatch(watcher);
    }
}
