package org.easeback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code plan} subcommand. TODO(owner): implement. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "plan (not yet implemented)")
public final class PlanCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("easeback: 'plan' is not available yet.");
        return EasebackCommand.USAGE;
    }
}
