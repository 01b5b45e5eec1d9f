package org.easeback.ui.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.history.History;
import org.easeback.history.HistoryCsvExporter;
import org.easeback.history.ReceiverSeries;
import org.easeback.history.SessionRecord;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * The history screen's state: every session (loaded in the background from the history index), the receiver whose
 * charts are shown and their series, and a sentence about loading or exporting. Holds no I/O itself.
 */
public final class HistoryModel {

    /** The charts show at most this many of a receiver's latest sessions, so that bars stay readable. */
    public static final int CHART_SESSIONS = 30;

    private final BackgroundTasks tasks;
    private final Callable<History> source;
    private final ZoneId zone;
    private final ObservableList<SessionRecord> sessions = FXCollections.observableArrayList();
    private final ObservableList<String> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<String> receiver = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReceiverSeries> series = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private History history = new History(List.of(), List.of());

    /**
     * @param source reads the history, e.g. {@code new HistoryIndex(data)::load}; called in the background
     * @param zone   the time zone dates are shown and exported in
     */
    public HistoryModel(BackgroundTasks tasks, Callable<History> source, ZoneId zone) {
        this.tasks = tasks;
        this.source = source;
        this.zone = zone;
        receiver.addListener((o, a, name) -> series.set(name == null ? null : latest(history.seriesFor(name))));
    }

    /** Loads every session in the background. */
    public void load() {
        message.set("Reading the history…");
        tasks.run(source, this::loaded, e -> {
            message.set("The history could not be read: " + e.getMessage() + ". Check that the data folder is "
                    + "readable, then open History again.");
        });
    }

    private void loaded(History loaded) {
        history = loaded;
        sessions.setAll(loaded.sessions());
        String keep = receiver.get();
        receivers.setAll(loaded.receivers());
        message.set(loaded.sessions().isEmpty() ? "No sessions yet. They appear here once one has started."
                : String.join("\n", loaded.problems()));
        String choose = keep != null && receivers.contains(keep) ? keep
                : loaded.sessions().isEmpty() ? null : loaded.sessions().get(0).receiverName();
        receiver.set(null);
        receiver.set(choose);
    }

    /** Writes every session to {@code file} as CSV, in the background. */
    public void exportCsv(Path file) {
        List<SessionRecord> all = List.copyOf(sessions);
        tasks.run(() -> {
            new HistoryCsvExporter(zone).export(all, file);
            return file;
        }, f -> message.set("Exported " + all.size() + (all.size() == 1 ? " session" : " sessions") + " to " + f
                + "."), e -> message.set("The history could not be exported to " + file + ": " + e.getMessage()
                + ". Choose a folder you can write to."));
    }

    /** Every session, newest first. */
    public ObservableList<SessionRecord> sessions() {
        return sessions;
    }

    /** Everyone who has had a session, by name. */
    public ObservableList<String> receivers() {
        return receivers;
    }

    /** Whose charts are shown. */
    public ObjectProperty<String> receiverProperty() {
        return receiver;
    }

    /** The chosen receiver's latest {@value #CHART_SESSIONS} sessions as chart series, oldest first. */
    public ReadOnlyObjectProperty<ReceiverSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    private static ReceiverSeries latest(ReceiverSeries all) {
        int n = all.pressure().size();
        int from = Math.max(0, n - CHART_SESSIONS);
        return new ReceiverSeries(all.receiver(), all.pressure().subList(from, n),
                all.soreSpots().subList(from, n), all.painStops().subList(from, n));
    }
}
