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
            NarrateCommand.class,
            ReceiversCommand.class,
            HistoryCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EasebackCommand implements Callable<Integer> {

    /** Exit code for a usage error or an unreadable path. */
    public static final int USAGE = 2;

    private final Runnable openApp;

    /** A command line with no app to open: called without a subcommand, it prints the help. */
    public EasebackCommand() {
        this(null);
    }

    /** A command line that runs {@code openApp} when called without a subcommand (the entry point passes the UI). */
    public EasebackCommand(Runnable openApp) {
        this.openApp = openApp;
    }

    @Override
    public Integer call() {
        if (openApp == null) {
            new CommandLine(this).usage(System.out);
        } else {
            openApp.run();
        }
        return 0;
    }

    /** Runs the command line and returns the exit code: 0 success, 1 invalid input, 2 usage error. */
    public static int run(String... args) {
        return run(null, CommandLine.defaultFactory(), args);
    }

    /** As {@link #run(String...)}, opening the app with {@code openApp} when no subcommand is given. */
    public static int run(Runnable openApp, String... args) {
        return run(openApp, CommandLine.defaultFactory(), args);
    }

    /** {@link #run(String...)} with the subcommands made by {@code factory} (tests inject fakes this way). */
    static int run(CommandLine.IFactory factory, String... args) {
        return run(null, factory, args);
    }

    private static int run(Runnable openApp, CommandLine.IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new EasebackCommand(openApp), factory);
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
