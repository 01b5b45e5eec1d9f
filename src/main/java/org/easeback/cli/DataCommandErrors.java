package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.easeback.profile.ReceiverStoreException;
import org.easeback.storage.StorageBusyException;
import org.easeback.studio.share.ShareExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/** How the data commands report a failure: one or more sentences on stderr, and the exit code. */
final class DataCommandErrors {

    /** Exit code for input that is not valid: a bad file, an unknown or taken name. */
    static final int INVALID = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DataCommandErrors.class);

    private DataCommandErrors() {
    }

    /** A parent command run without a subcommand: says which ones there are, shows the usage, exits USAGE. */
    static int sayWhatToDo(CommandSpec spec, String choices) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("easeback " + spec.name() + ": say what to do: " + choices + ".");
        spec.commandLine().usage(err);
        err.flush();
        return EasebackCommand.USAGE;
    }

    /** A wrong path on the command line: one sentence on stderr, exit USAGE. */
    static int usage(PrintWriter err, String command, String sentence) {
        err.println("easeback " + command + ": " + escape(sentence));
        err.flush();
        return EasebackCommand.USAGE;
    }

    /** Whether the folder {@code file} would be written into is missing; if so, says so on stderr. */
    static boolean folderMissing(PrintWriter err, String command, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            return false;
        }
        usage(err, command, "the folder '" + folder + "' does not exist. Create it or choose another place.");
        return true;
    }

    /** The work of an import, export or listing: prints what it did and returns the exit code. */
    @FunctionalInterface
    interface DataWork {
        int run(PrintWriter out, PrintWriter err) throws IOException, ReceiverStoreException;
    }

    /**
     * Runs {@code work} for {@code command}, turning a refusal (a bad receiver, a shared file that cannot be
     * exported) into its sentences and exit INVALID, and an I/O failure into one sentence and exit USAGE; both
     * streams are flushed whatever happens.
     */
    static int run(CommandSpec spec, String command, DataWork work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return work.run(out, err);
        } catch (ReceiverStoreException e) {
            return refused(err, command, e);
        } catch (ShareExport.ShareException e) {
            err.println("easeback " + command + ": " + e.getMessage());
            return INVALID;
        } catch (IOException e) {
            return failed(err, command, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@link #run}, for work that writes {@code file}: first refuses, exit USAGE, if its folder is missing. */
    static int writeTo(CommandSpec spec, String command, Path file, DataWork work) {
        if (folderMissing(spec.commandLine().getErr(), command, file)) {
            return EasebackCommand.USAGE;
        }
        return run(spec, command, work);
    }

    static int refused(PrintWriter err, String command, ReceiverStoreException e) {
        for (String problem : e.problems()) {
            err.println("easeback " + command + ": " + escape(problem));
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
        err.println("easeback " + command + ": " + escape(message));
        err.flush();
        return EasebackCommand.USAGE;
    }
}
