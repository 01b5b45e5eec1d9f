package org.easeback.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.easeback.routine.Technique;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.UserCatalogs;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.WriteLock;

/**
 * One technique of the user's own open in the studio: its draft, its undo history, and its file in the data folder's
 * {@code techniques/}, written as a one-technique catalog, atomically and under the write lock.
 */
public final class TechniqueDocument {

    private final TechniqueDraft draft;
    private final JobHistory history = new JobHistory();
    private final DataDirectory data;
    private Path file;

    private TechniqueDocument(TechniqueDraft draft, DataDirectory data, Path file) {
        this.draft = draft;
        this.data = data;
        this.file = file;
    }

    /** A new technique; its file is named after its id when first saved. */
    public static TechniqueDocument blank(DataDirectory data) {
        return new TechniqueDocument(TechniqueDraft.blank(), data, null);
    }

    /** A technique of the user's, from the catalog file it is in. */
    public static TechniqueDocument of(Technique technique, Path file, DataDirectory data) {
        return new TechniqueDocument(TechniqueDraft.of(technique), data, file);
    }

    public TechniqueDraft draft() {
        return draft;
    }

    public JobHistory history() {
        return history;
    }

    /** The file it saves to; before the first save, the one its id would give. */
    public Path file() {
        return file != null ? file : data.techniques().resolve(fileStem() + ".json");
    }

    public boolean needsSaving() {
        return file == null || history.dirty();
    }

    /** A checker that knows the bundled catalog and the user's other techniques, which this one may not reuse. */
    public TechniqueChecker checker(TechniqueCatalog bundled, UserCatalogs user) {
        Map<String, Path> others = new java.util.HashMap<>();
        user.files().stream().filter(f -> !f.path().equals(file))
                .forEach(f -> f.techniques().forEach(t -> others.putIfAbsent(t.id(), f.path())));
        return new TechniqueChecker(bundled, others);
    }

    /**
     * Writes the technique to {@link #file()}. A new technique never replaces a file that is there: it is refused with
     * a sentence, so the trainer can choose another id.
     */
    public void save() throws IOException {
        SaveSnapshot snapshot = snapshot();
        write(snapshot);
        saved(snapshot);
    }

    /**
     * What one save writes, taken on the UI thread so that a worker thread never reads the draft.
     *
     * @param fresh    true if the technique has no file yet: an existing file is then never replaced
     * @param position the history's position the bytes were taken at
     */
    public record SaveSnapshot(byte[] bytes, Path target, boolean fresh, long position) {
        public SaveSnapshot {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The draft's bytes and file as they are now, for {@link #write} on a worker. */
    public SaveSnapshot snapshot() {
        return new SaveSnapshot(draft.write(), file(), file == null, history.position());
    }

    /** Writes {@code snapshot} atomically under the write lock; the only I/O of a save, safe on a worker thread. */
    public void write(SaveSnapshot snapshot) throws IOException {
        Path target = snapshot.target();
        WriteLock.of(data).holding(() -> {
            if (snapshot.fresh() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " already exists; give the technique another id");
            }
            new AtomicFileWriter().write(target, snapshot.bytes());
            return null;
        });
    }

    /** Back on the UI thread once {@code snapshot} is written: edits made since it was taken stay unsaved. */
    public void saved(SaveSnapshot snapshot) {
        file = snapshot.target();
        history.markSavedAt(snapshot.position());
    }

    private String fileStem() {
        String id = draft.get(TechniqueField.ID);
        return id.matches("[a-z0-9-]{1,64}") ? id : "new-technique";
    }
}
