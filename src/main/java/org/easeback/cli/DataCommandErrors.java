package org.easeback.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.easeback.profile.ReceiverStoreException;
import org.easeback.storage.StorageBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the data commands report a failure: one or more sentences on stderr, and the exit code. */
final class DataCommandErrors {

    /** Exit code for input that is not valid: a bad file, an unknown or taken name. */
    static final int INVALID = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DataCommandErrors.class);

    private DataCommandErrors() {
    }

    static int refused(PrintWriter err, String command, ReceiverStoreException e) {
        for (String line : e.getMessage().split("\n")) {
            err.println("easeback " + command + ": " + line);
        }
        err.flush();
        return INVALID;
    }

    static int failed(PrintWriter err, String command, IOException e) {
        LOG.info("{} failed", command, e);
        String message = e instanceof StorageBusyException || e instanceof NoSuchFileException
                ? (e instanceof NoSuchFileException nsf ? "cannot find '" + nsf.getFile()
                        + "'. Check the path and try again." : e.getMessage())
                : UserMessages.describe(e);
        err.println("easeback " + command + ": " + message);
        err.flush();
        return EasebackCommand.USAGE;
    }
}
