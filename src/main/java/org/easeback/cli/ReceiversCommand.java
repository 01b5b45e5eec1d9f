package org.easeback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code receivers} subcommand. TODO(owner): implement. */
@Command(name = "receivers", mixinStandardHelpOptions = true, description = "receivers (not yet implemented)")
public final class ReceiversCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("easeback: 'receivers' is not available yet.");
        return EasebackCommand.USAGE;
    }
}
