package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Validation;
import org.easeback.routine.UserCatalogs;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code validate} subcommand: checks routine, catalog, receiver and schema files and prints what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks routine files, technique catalogs, receiver profiles and JSON Schemas.",
            "Folders are searched for *.json. Routines are checked against the techniques.json beside them "
                    + "(in the same or a parent folder), or else the bundled catalog and your own catalogs in the "
                    + "data folder's techniques/.",
            "Prints PATH:LINE:COL: error: MESSAGE for each problem, then a summary.",
            "Exit status: 0 all valid, 1 some file invalid, 2 usage error or unreadable path."})
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when some file has errors. */
    public static final int INVALID = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    // Strings, not paths: a name that cannot be a path gets a sentence here instead of picocli's "Unmatched argument".
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to check.")
    List<String> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            err.println("easeback validate: give at least one file or folder to check.");
            spec.commandLine().usage(err);
            err.flush();
            return EasebackCommand.USAGE;
        }
        List<Path> files = new ArrayList<>();
        for (String argument : paths) {
            try {
                files.add(Path.of(argument));
            } catch (InvalidPathException e) {
                err.println("easeback validate: " + escape(EasebackCommand.notAPath(argument, e)));
            }
        }
        if (files.size() < paths.size()) {
            err.flush();
            return EasebackCommand.USAGE;
        }
        DataDirectory folder = DataDirectory.resolve();
        UserCatalogs user = CatalogSafety.userCatalogs(folder);
        Validation.Report report = new Validation(user::merged, SafetyRoutineRules.all(), new ReceiverLoader()::validate)
                .withUserCatalogs(folder.techniques(), CatalogSafety.bundledOrEmpty(), CatalogSafety.rules()).run(files);
        for (Diagnostic d : report.diagnostics()) {
            out.println(escape(d.format()));
        }
        for (String problem : report.pathProblems()) {
            err.println("easeback validate: " + escape(problem));
        }
        if (report.filesChecked() > 0 || report.pathProblems().isEmpty()) {
            out.println(report.summary());
        }
        out.flush();
        err.flush();
        if (!report.pathProblems().isEmpty()) {
            return EasebackCommand.USAGE;
        }
        return report.allValid() ? 0 : INVALID;
    }
}
