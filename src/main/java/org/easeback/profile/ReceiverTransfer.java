package org.easeback.profile;

import static org.easeback.profile.ReceiverStoreException.Reason.INVALID;
import static org.easeback.profile.ReceiverStoreException.Reason.NAME_TAKEN;
import static org.easeback.profile.ReceiverStoreException.Reason.NOT_FOUND;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.routine.SourceLimits;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FileRead;
import org.easeback.storage.StrictFileReader;

/**
 * Receiver files in and out of the household: import reads a stranger's file with the same strict reader and the
 * same diagnostics as {@code validate}, export writes one without a backup beside it.
 */
public final class ReceiverTransfer {

    private final ReceiverStore store;
    private final ReceiverLoader loader = new ReceiverLoader();
    private final ReceiverWriter writer = new ReceiverWriter();
    private final AtomicFileWriter files;

    public ReceiverTransfer(ReceiverStore store, AtomicFileWriter files) {
        this.store = store;
        this.files = files;
    }

    /** Import and export for the receivers of a data folder. */
    public static ReceiverTransfer of(DataDirectory data) {
        return new ReceiverTransfer(ReceiverStore.of(data), new AtomicFileWriter());
    }

    /**
     * Imports an {@code easeback-receiver/1} file; with {@code replace}, a receiver of the same name is replaced,
     * otherwise the import is refused.
     */
    public StoredReceiver importFile(Path source, boolean replace) throws IOException, ReceiverStoreException {
        Receiver receiver = readForImport(source);
        return store.locked(() -> {
            Optional<StoredReceiver> existing = store.find(receiver.name());
            if (existing.isPresent()) {
                if (!replace) {
                    throw new ReceiverStoreException(NAME_TAKEN, "A receiver named \"" + existing.get().name()
                            + "\" already exists. Import with --replace to overwrite them, or change the name in "
                            + source + ".");
                }
                return store.update(existing.get(), receiver);
            }
            return store.saveNew(receiver);
        });
    }

    /** Reads and checks a receiver file from outside the data folder, without storing it. */
    public Receiver readForImport(Path source) throws ReceiverStoreException {
        FileRead read = StrictFileReader.besideItself().read(source, SourceLimits.MAX_FILE_BYTES);
        if (read instanceof FileRead.Refused refused) {
            throw new ReceiverStoreException(INVALID, "The file " + source + " " + refused.what() + ".");
        }
        LoadResult<Receiver> result = loader.load(((FileRead.Bytes) read).bytes(), source);
        boolean errors = result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        if (result.value().isEmpty() || errors) {
            throw new ReceiverStoreException(INVALID, result.diagnostics().stream().map(Diagnostic::format)
                    .toList());
        }
        return result.value().get();
    }

    /** Writes the receiver called {@code name} to {@code target} as an {@code easeback-receiver/1} file. */
    public StoredReceiver export(String name, Path target) throws IOException, ReceiverStoreException {
        StoredReceiver receiver = store.find(name).orElseThrow(() -> new ReceiverStoreException(NOT_FOUND,
                "There is no receiver named \"" + name + "\". Run 'easeback receivers list' to see their names."));
        files.writeWithoutBackup(target, writer.write(receiver.receiver()));
        return receiver;
    }
}
