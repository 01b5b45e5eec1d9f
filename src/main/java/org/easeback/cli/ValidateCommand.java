package org.easeback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Validation;
import org.easeback.safety.CatalogSafetyRules;
import org.easeback.safety.SafetyRoutineRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code validate} subcommand: checks routine, catalog, receiver and schema files and prints what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks routine files, technique catalogs, receiver profiles and JSON Schemas.",
            "Folders are searched for *.json. Routines are checked against the techniques.json beside them "
                    + "(in the same or a parent folder), or else the bundled catalog.",
            "Prints PATH:LINE:COL: error: MESSAGE for each problem, then a summary.",
            "Exit status: 0 all valid, 1 some file invalid, 2 usage error or unreadable path."})
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when some file has errors. */
    public static final int INVALID = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to check.")
    List<Path> paths = List.of();

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
        Validation.Report report = Validation.withBundledCatalog(SafetyRoutineRules.all(), CatalogSafetyRules.all())
                .run(paths);
        for (Diagnostic d : report.diagnostics()) {
            out.println(d.format());
        }
        for (String problem : report.pathProblems()) {
            err.println("easeback validate: " + problem);
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
