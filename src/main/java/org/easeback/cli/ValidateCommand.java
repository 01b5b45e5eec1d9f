package org.easeback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code validate} subcommand. TODO(owner): implement. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "validate (not yet implemented)")
public final class ValidateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("easeback: 'validate' is not available yet.");
        return EasebackCommand.USAGE;
    }
}
