package org.easeback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code history} subcommand. TODO(owner): implement. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "history (not yet implemented)")
public final class HistoryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("easeback: 'history' is not available yet.");
        return EasebackCommand.USAGE;
    }
}
