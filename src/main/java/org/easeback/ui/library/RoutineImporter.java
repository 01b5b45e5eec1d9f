package org.easeback.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.easeback.routine.Diagnostic;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FileRead;
import org.easeback.storage.StrictFileReader;
import org.easeback.studio.share.ImportCheck;
import org.easeback.studio.share.ImportPlan;
import org.easeback.studio.share.ShareFormat;
import org.easeback.studio.share.ShareImport;

/**
 * Checks a shared routine file ({@code .easeback.json}) and imports it. Blocking: the library calls it through its
 * background tasks. An interface so that view-model tests can import into a temporary folder or refuse at will.
 */
public interface RoutineImporter {

    /** Reads {@code file} strictly and checks it; nothing is written. Never throws for a bad file. */
    ImportCheck check(Path file);

    /** Writes what {@code plan} says, atomically, never over a file that appeared since the check. */
    void commit(ImportPlan plan) throws IOException;

    /** Whether this importer imports at all; the library hides its Import button when not. */
    default boolean available() {
        return true;
    }

    /** Imports into {@code data}'s routines and techniques folders, as {@code easeback routines import} does. */
    static RoutineImporter into(DataDirectory data) {
        return new RoutineImporter() {
            @Override
            public ImportCheck check(Path file) {
                // The strict reader refuses a pipe, a device, a link out of its folder or an oversized file from its
                // attributes, before anything is opened, so a stranger's file can never block the import.
                FileRead read = StrictFileReader.besideItself().read(file, ShareFormat.MAX_BYTES);
                if (read instanceof FileRead.Refused refused) {
                    return new ImportCheck.Refused(List.of(Diagnostic.error(file, 1, 1, refusal(refused))));
                }
                return ShareImport.check(((FileRead.Bytes) read).bytes(), file, data);
            }

            @Override
            public void commit(ImportPlan plan) throws IOException {
                plan.commit(data);
            }
        };
    }

    /** An importer for windows without a data folder (tests, the screenshot tour): Import is not offered. */
    static RoutineImporter none() {
        return new RoutineImporter() {
            @Override
            public ImportCheck check(Path file) {
                return new ImportCheck.Refused(List.of(Diagnostic.error(file, 1, 1, "importing is not available "
                        + "here")));
            }

            @Override
            public void commit(ImportPlan plan) throws IOException {
                throw new IOException("importing is not available here");
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }

    /** Why the strict reader would not read a shared file, as the end of a sentence about it. */
    static String refusal(FileRead.Refused refused) {
        return switch (refused.reason()) {
            case TOO_LARGE -> String.format(Locale.ROOT, "this file is %,d bytes; a shared routine may be at most "
                    + "%,d bytes (16 MiB). Ask for one with fewer or smaller pictures", refused.size(),
                    ShareFormat.MAX_BYTES);
            case MISSING -> "this file " + refused.what() + "; choose the shared file again";
            default -> "this file " + refused.what();
        };
    }
}
