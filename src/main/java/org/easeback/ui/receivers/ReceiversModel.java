package org.easeback.ui.receivers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.profile.ReceiverListing;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.ReceiverStoreException;
import org.easeback.profile.ReceiverTransfer;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.profile.StoredReceiver;
import org.easeback.ui.kit.BackgroundTasks;

/**
 * The receivers screen's state: the stored receivers, the one selected, and a sentence about the last thing done or
 * refused. Every operation on the {@link ReceiverStore} (list, duplicate, delete, import, export) runs in the
 * background; results and messages arrive on the FX thread.
 */
public final class ReceiversModel {

    private final BackgroundTasks tasks;
    private final ReceiverStore store;
    private final ReceiverTransfer transfer;
    private final ObservableList<StoredReceiver> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<StoredReceiver> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReceiversModel(BackgroundTasks tasks, ReceiverStore store) {
        this.transfer = new ReceiverTransfer(store, new AtomicFileWriter());
        this.tasks = tasks;
        this.store = store;
    }

    public ReceiverStore store() {
        return store;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Every stored receiver, sorted by name. */
    public ObservableList<StoredReceiver> receivers() {
        return receivers;
    }

    public ObjectProperty<StoredReceiver> selectedProperty() {
        return selected;
    }

    /** What the last operation did, or why it was refused, as a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Files in the receivers folder that could not be read, one sentence each (from the store). */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** True while the store is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the receivers again, keeping the selection by name where it still exists. */
    public void reload() {
        reload(selected.get() == null ? null : selected.get().name());
    }

    private void reload(String select) {
        busy.set(true);
        tasks.run(store::list, listing -> listed(listing, select), this::failed);
    }

    private void listed(ReceiverListing listing, String select) {
        busy.set(false);
        receivers.setAll(listing.receivers());
        problems.set(String.join("\n", listing.problems()));
        Optional<StoredReceiver> again = select == null ? Optional.empty()
                : receivers.stream().filter(r -> r.name().equalsIgnoreCase(select)).findFirst();
        selected.set(again.orElse(receivers.isEmpty() ? null : receivers.get(0)));
    }

    /** Stores a copy of the selected receiver as "Name (copy)" and selects it. */
    public void duplicateSelected() {
        StoredReceiver source = selected.get();
        if (source == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> store.duplicate(source, store.copyName(source.name())),
                copy -> done("Made a copy of " + source.name() + " called " + copy.name() + ".", copy.name()),
                this::failed);
    }

    /** Deletes the selected receiver (the view has asked for confirmation). */
    public void deleteSelected() {
        StoredReceiver gone = selected.get();
        if (gone == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> store.delete(gone), kept -> done("Deleted " + gone.name() + ". Their last version stays in "
                + "the receivers folder as " + kept.getFileName() + ".", null), this::failed);
    }

    /** Imports an {@code easeback-receiver/1} file; the file is read in the background. */
    public void importFile(Path file, boolean replace) {
        busy.set(true);
        tasks.run(() -> transfer.importFile(file, replace),
                r -> done("Imported " + r.name() + " from " + file.getFileName() + ".", r.name()), this::failed);
    }

    /** Writes the selected receiver to {@code file} as an {@code easeback-receiver/1} file. */
    public void exportSelected(Path file) {
        StoredReceiver chosen = selected.get();
        if (chosen == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> transfer.export(chosen.name(), file),
                r -> {
                    busy.set(false);
                    message.set("Exported " + r.name() + " to " + file + ".");
                }, this::failed);
    }

    /** After the editor saved {@code saved}: reload and select them. */
    public void saved(StoredReceiver saved) {
        message.set("Saved " + saved.name() + ".");
        reload(saved.name());
    }

    private void done(String what, String select) {
        message.set(what);
        reload(select);
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof ReceiverStoreException refused) {
            message.set(refused.getMessage());
        } else {
            message.set("That did not work: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ". Check the file and the data folder, then try again.");
        }
        if (e instanceof ReceiverStoreException r && (r.reason() == ReceiverStoreException.Reason.NOT_FOUND
                || r.reason() == ReceiverStoreException.Reason.CHANGED_ELSEWHERE)) {
            reload();
        }
    }

    /** A one-line summary of a receiver for the list: oil, pressure, spots. */
    public static String summary(StoredReceiver stored) {
        var r = stored.receiver();
        String oil = r.carrierOil().isBlank() ? "no carrier oil chosen" : r.carrierOil();
        if (!r.essentialOils().isEmpty()) {
            oil += " with " + String.join(", ", r.essentialOils());
        }
        int spots = r.soreSpots().size();
        String pressure = r.preferredPressure().jsonName() + " pressure (" + r.preferredPressure().scale()
                + " of 10)";
        return oil + " · " + pressure + " · " + (spots == 0 ? "no sore spots" : spots == 1 ? "1 sore spot"
                : spots + " sore spots") + (r.sensitivities().isEmpty() ? ""
                : " · sensitivities: " + String.join(", ", r.sensitivities()));
    }

    /** Exposed for tests: the receivers' names in order. */
    List<String> names() {
        return receivers.stream().map(StoredReceiver::name).toList();
    }
}
