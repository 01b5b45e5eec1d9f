package org.easeback.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.easeback.storage.DataDirectory;

/** Turns an unexpected failure into a sentence a user can act on; never a stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable e) {
        if (e instanceof NoSuchFileException nsf) {
            return "cannot find '" + nsf.getFile() + "'. Check the path and try again.";
        }
        if (e instanceof AccessDeniedException ade) {
            return "not allowed to read or write '" + ade.getFile() + "'. Check its permissions.";
        }
        if (e instanceof IOException io) {
            return "could not read or write a file (" + io.getMessage() + "). Check the path and the disk.";
        }
        // A bug, not the user's doing: no exception's name, which says nothing to them, but where the details are.
        return "something went wrong inside Easeback. Details are in the log in "
                + DataDirectory.resolve().logs() + "; please report it with that file.";
    }
}
