package org.easeback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands and opens the app when called without one. */
@Command(
        name = "easeback",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Guides a lower-back massage, step by step, from routine files.%n"
                + "Run without arguments to open the app.",
        subcommands = {
            ValidateCommand.class,
            PlanCommand.class,
            ReceiversCommand.class,
            RoutinesCommand.class,
            HistoryCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EasebackCommand implements Callable<Integer> {

    /** Exit code for a usage error or an unreadable path. */
    public static final int USAGE = 2;

    @Override
    public Integer call() {
        org.easeback.ui.EasebackApp.launchApp(new String[0]);
        return 0;
    }

    /** Runs the command line and returns the exit code: 0 success, 1 invalid input, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new EasebackCommand());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("easeback: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'easeback --help' to see the commands and their options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            org.slf4j.LoggerFactory.getLogger(EasebackCommand.class).error("Command failed", ex);
            cmd.getErr().println("easeback: " + UserMessages.describe(ex));
            return USAGE;
        });
        return cli.execute(args);
    }
}
