package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
            RoutinesCommand.class,
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
            commandLine(null).usage(System.out);
        } else {
            openApp.run();
        }
        return 0;
    }

    /** A path argument, or a sentence saying why it cannot be one (a NUL, or a character Windows forbids). */
    private static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(notAPath(argument, e));
        }
    }

    static String notAPath(String argument, InvalidPathException e) {
        return "'" + argument + "' is not a usable path (" + e.getReason() + "). Check the name.";
    }

    /** Runs the command line and returns the exit code: 0 success, 1 invalid input, 2 usage error. */
    public static int run(String... args) {
        return run((Runnable) null, args);
    }

    /** As {@link #run(String...)}, opening the app with {@code openApp} when no subcommand is given. */
    public static int run(Runnable openApp, String... args) {
        return commandLine(openApp, CommandLine.defaultFactory()).execute(args);
    }

    /** {@link #run(String...)} with the subcommands made by {@code factory} (tests inject fakes this way). */
    static int run(CommandLine.IFactory factory, String... args) {
        return commandLine(null, factory).execute(args);
    }

    /** The command line as {@code easeback} runs it, with the standard subcommand factory. */
    static CommandLine commandLine(Runnable openApp) {
        return commandLine(openApp, CommandLine.defaultFactory());
    }

    /**
     * The command line as {@code easeback} runs it. File names are taken literally: picocli's {@code @FILE}
     * expansion is off, or a routine named {@code @list.json} would make {@code validate *.json} read the
     * arguments listed in {@code list.json}. What it prints about a failure is escaped like everything else.
     */
    private static CommandLine commandLine(Runnable openApp, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new EasebackCommand(openApp), factory);
        cli.setExpandAtFiles(false);
        cli.registerConverter(Path.class, EasebackCommand::path);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("easeback: " + escape(ex.getMessage()));
            ex.getCommandLine().getErr().println("Run 'easeback --help' to see the commands and their options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            org.slf4j.LoggerFactory.getLogger(EasebackCommand.class).info("Command failed", ex);
            cmd.getErr().println("easeback: " + escape(UserMessages.describe(ex)));
            return USAGE;
        });
        return cli;
    }
}
