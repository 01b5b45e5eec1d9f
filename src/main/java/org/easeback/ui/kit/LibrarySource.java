package org.easeback.ui.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the library's routines come from. Blocking: it reads files, so it is only ever called through
 * {@link org.easeback.ui.kit.BackgroundTasks}. The app wires it to the loader's RoutineLibrary.
 */
@FunctionalInterface
public interface LibrarySource {

    /** Loads every routine it can; a broken file goes into {@link LibraryContents#broken()}, never an exception. */
    LibraryContents load() throws IOException;

    /** The folders whose changes should reload the library while it shows (none by default); they need not exist. */
    default List<Path> watchedFolders() {
        return List.of();
    }
}
