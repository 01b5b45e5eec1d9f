package org.easeback.studio.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.WriteLock;

/**
 * What importing a shared file will write, checked and decided before anything is written: the routine's id once
 * clashes are settled, what was renamed, and every file. {@link #commit} writes them under the data folder's lock.
 *
 * @param routineId the id the imported routine will have
 * @param clashes   every id or picture that clashed, and what it becomes
 * @param files     pictures first, then techniques, then the routine, so a routine never points at what is missing
 */
public record ImportPlan(String routineId, String title, List<Clash> clashes, List<PlannedFile> files) {

    public ImportPlan {
        clashes = List.copyOf(clashes);
        files = List.copyOf(files);
    }

    /** Something in the shared file with the same id or name as something already there. */
    public record Clash(Kind kind, String id, String importedAs, String existing) {
        /** What clashed. */
        public enum Kind {
            ROUTINE,
            TECHNIQUE,
            PICTURE
        }

        /** The sentence the import dialog shows. */
        public String describe() {
            String what = switch (kind) {
                case ROUTINE -> "routine";
                case TECHNIQUE -> "technique";
                case PICTURE -> "picture";
            };
            return id.equals(importedAs) ? "The " + what + " '" + id + "' will replace " + existing + "."
                    : "A " + what + " '" + id + "' already exists (" + existing + "); the imported one becomes '"
                    + importedAs + "', and both are kept.";
        }
    }

    /** One file to write; {@code replaces} only when the user agreed to replace what is there. */
    public record PlannedFile(Path path, byte[] content, boolean replaces) {
        public PlannedFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Writes every file atomically under the data folder's write lock. A file that appeared since the check is not
     * overwritten: nothing more is written, and the message says to import again.
     */
    public void commit(DataDirectory data) throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter();
        WriteLock.of(data).holding(() -> {
            for (PlannedFile f : files) {
                if (!f.replaces() && Files.exists(f.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(f.path() + " appeared while the import was being checked; nothing was "
                            + "overwritten. Import the file again.");
                }
            }
            for (PlannedFile f : files) {
                if (f.replaces()) {
                    writer.write(f.path(), f.content());
                } else {
                    writer.writeWithoutBackup(f.path(), f.content());
                }
            }
            return null;
        });
    }
}
