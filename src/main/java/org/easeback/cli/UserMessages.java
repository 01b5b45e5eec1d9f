package org.easeback.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

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
        return "something went wrong (" + e.getClass().getSimpleName()
                + "). Details are in the log; please report it.";
    }
}
