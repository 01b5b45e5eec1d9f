package org.easeback.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.easeback.routine.Routine;
import org.easeback.routine.SourceLimits;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.WriteLock;

/**
 * One routine open in the studio: its draft, its undo history, and the file in the user's routines folder it saves
 * to. A bundled routine is never edited in place: it is duplicated under a new id first. Saving is atomic and under
 * the data folder's write lock, and never silently overwrites a file that changed on disk since it was read.
 */
public final class RoutineDocument {

    /** How the file on disk stands against what the studio last read or saved. */
    public enum DiskState {
        /** The same bytes: nothing to reload. */
        UNCHANGED,
        /** Another program changed it: offer to reload. */
        CHANGED,
        /** It is gone, or it was never saved. */
        MISSING
    }

    /** Saving was stopped because the file changed on disk; the screen asks whether to overwrite it. */
    public static final class ChangedOnDiskException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedOnDiskException(Path file) {
            super(file + " was changed by another program since the studio opened it; reload it, or save again to "
                    + "replace it with the studio's version");
        }
    }

    private final RoutineDraft draft;
    private final JobHistory history = new JobHistory();
    private final DataDirectory data;
    /** Named after the routine's id on the first save of a new routine; read by disk polls on another thread. */
    private volatile Path file;
    /** A blank routine's file is only a placeholder until its first save names it after the id typed. */
    private volatile boolean named = true;
    /** Written by a save on a worker, read by disk polls on another. */
    private volatile byte[] onDisk;

    private RoutineDocument(RoutineDraft draft, DataDirectory data, Path file, byte[] onDisk) {
        this.draft = draft;
        this.data = data;
        this.file = file;
        this.onDisk = onDisk;
    }

    /** A new, blank routine, to be saved as a new file in the user's routines folder. */
    public static RoutineDocument blank(DataDirectory data) {
        RoutineDocument blank = new RoutineDocument(RoutineDraft.blank(), data, freeFile(data, "new-routine"), null);
        blank.named = false;
        return blank;
    }

    /**
     * A copy of {@code routine} (bundled, or one to duplicate) under a free id and a new file, so that the original is
     * never changed; {@code takenIds} are the library's routine ids.
     */
    public static RoutineDocument duplicate(Routine routine, DataDirectory data, Set<String> takenIds) {
        RoutineDraft d = DraftReader.of(routine);
        String id = freeId(routine.id(), takenIds);
        d.set(RoutineField.ID, id);
        d.set(RoutineField.TITLE, copyTitle(routine.title()));
        return new RoutineDocument(d, data, freeFile(data, id), null);
    }

    /** The user's routine file {@code file}, opened for editing (valid or not), or why it cannot be. */
    public static Optional<RoutineDocument> open(Path file, DataDirectory data, java.util.List<String> problems)
            throws IOException {
        byte[] bytes = read(file).orElseThrow(() -> new IOException("cannot find " + file));
        DraftReader.Opening opening = DraftReader.read(bytes, file);
        if (opening instanceof DraftReader.Opening.Unreadable u) {
            u.diagnostics().forEach(d -> problems.add(d.format()));
            return Optional.empty();
        }
        return Optional.of(new RoutineDocument(((DraftReader.Opening.Opened) opening).draft(), data, file, bytes));
    }

    public RoutineDraft draft() {
        return draft;
    }

    public JobHistory history() {
        return history;
    }

    /** The file it saves to; diagnostics name it. */
    public Path file() {
        return file;
    }

    /** True if closing must ask first: unsaved edits, or a new routine never saved. */
    public boolean needsSaving() {
        return onDisk == null || history.dirty();
    }

    /** Whether the file changed on disk since it was read or saved (poll it, or ask on a file-watch event). */
    public DiskState diskState() throws IOException {
        Optional<byte[]> now = read(file);
        if (now.isEmpty() || onDisk == null) {
            return DiskState.MISSING;
        }
        return Arrays.equals(now.get(), onDisk) ? DiskState.UNCHANGED : DiskState.CHANGED;
    }

    /** The file as it is on disk now, opened afresh: for "reload" (the undo history starts again). */
    public Optional<RoutineDocument> reloaded(java.util.List<String> problems) throws IOException {
        return open(file, data, problems);
    }

    /**
     * Writes the draft, pretty-printed, to {@link #file()}. Refuses with {@link ChangedOnDiskException} when the file
     * changed on disk since it was read, unless {@code replaceChangesOnDisk}.
     */
    public void save(boolean replaceChangesOnDisk) throws IOException {
        PendingSave pending = prepareSave();
        write(pending, replaceChangesOnDisk);
        saved(pending);
    }

    /** A save in three parts, for a screen that must not write on its own thread: the text and where it stood. */
    public record PendingSave(byte[] bytes, long mark, Optional<String> fileStem) {
        public PendingSave {
            bytes = bytes.clone();
        }

        PendingSave(byte[] bytes, long mark) {
            this(bytes, mark, Optional.empty());
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Part one, on the thread that edits the draft: a snapshot of its text. */
    public PendingSave prepareSave() {
        String id = draft.get(RoutineField.ID);
        Optional<String> stem = !named && id.matches("[a-z0-9][a-z0-9-]{0,63}") ? Optional.of(id) : Optional.empty();
        return new PendingSave(DraftWriter.write(draft), history.mark(), stem);
    }

    /**
     * Part two, on any one worker: writes the snapshot as {@link #save(boolean)} does, refusing with
     * {@link ChangedOnDiskException} when the file changed on disk, unless {@code replaceChangesOnDisk}.
     */
    public void write(PendingSave pending, boolean replaceChangesOnDisk) throws IOException {
        byte[] bytes = pending.bytes();
        WriteLock.of(data).holding(() -> {
            if (!named && onDisk == null && pending.fileStem().isPresent()) {
                file = freeFile(data, pending.fileStem().get());
                named = true;
            }
            Optional<byte[]> now = read(file);
            boolean changed = now.isPresent() && (onDisk == null || !Arrays.equals(now.get(), onDisk));
            if (changed && !replaceChangesOnDisk) {
                throw new ChangedOnDiskException(file);
            }
            new AtomicFileWriter().write(file, bytes);
            return null;
        });
        onDisk = bytes;
    }

    /** Part three, back on the editing thread: the draft as it stood at the snapshot is saved. */
    public void saved(PendingSave pending) {
        history.markSaved(pending.mark());
    }

    private static Optional<byte[]> read(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a plain file; the studio edits only routine files");
        }
        if (Files.size(file) > SourceLimits.MAX_FILE_BYTES) {
            throw new IOException(file + " is larger than 1 MiB, the most a routine file may be");
        }
        return Optional.of(Files.readAllBytes(file));
    }

    private static String copyTitle(String title) {
        String copy = title + " (copy)";
        return copy.length() <= 120 ? copy : title;
    }

    private static String freeId(String id, Set<String> taken) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = (id.length() + suffix.length() > 64 ? id.substring(0, 64 - suffix.length()) : id)
                    + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static Path freeFile(DataDirectory data, String stem) {
        for (int n = 1; ; n++) {
            Path p = data.routines().resolve((n == 1 ? stem : stem + "-" + n) + ".json");
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }
}
