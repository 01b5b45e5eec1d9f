package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanJson;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.engine.PlanText;
import org.easeback.logging.TerminalText;
import org.easeback.profile.Receiver;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.CatalogSafetyRules;
import org.easeback.safety.OilConflict;
import org.easeback.safety.OilConflicts;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code plan} subcommand: prints the plan a routine compiles into, for an optional receiver. The routine is a
 * file, or the id of a bundled or user routine from the {@link RoutineLibrary}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the plan a routine compiles into: each entry with its start time (mm:ss, open steps"
                + " and check-ins count 0 s), the check-ins added for safety, and the total.")
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE",
            description = "a routine file (.json), or the id of a bundled or user routine (e.g. partner-short)")
    private String routineArgument;

    @Option(names = "--receiver", paramLabel = "PROFILE", description = "a receiver profile file (.json)")
    private Path receiverFile;

    @Mixin
    private DataOption data;

    @Option(names = "--json", description = "print the plan as JSON")
    private boolean json;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "a technique catalog file (default: the bundled catalog and your own in the data folder's"
                    + " techniques/)")
    private Path catalogFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> routineFile = asFile(routineArgument);
        Optional<String> folder = folderGivenAsFile(routineFile.orElse(null), "ROUTINE", "a routine file")
                .or(() -> folderGivenAsFile(receiverFile, "--receiver", "a receiver file"))
                .or(() -> folderGivenAsFile(catalogFile, "--catalog", "a technique catalog file"));
        if (folder.isPresent()) {
            err.println("easeback plan: " + escape(folder.get()));
            return EasebackCommand.USAGE;
        }
        RoutineLibrary library = null;
        if (routineFile.isEmpty()) {
            library = RoutineLibrary.load(DataDirectory.resolve(), SafetyRoutineRules.all(), CatalogSafety.rules());
            if (library.find(routineArgument).isEmpty()) {
                err.println(escape("easeback: '" + routineArgument + "' is neither a routine file nor the id of a"
                        + " known routine. Known routine ids: " + knownIds(library) + ". Pass a routine file or one"
                        + " of these ids."));
                return EasebackCommand.USAGE;
            }
        }
        Optional<TechniqueCatalog> catalog = catalogFile == null && library != null ? Optional.of(library.catalog())
                : catalog(err);
        if (catalog.isEmpty()) {
            return 1;
        }
        Optional<Routine> routine = routineFile.isPresent()
                ? loaded(new RoutineLoader(catalog.get(), SafetyRoutineRules.all()).load(routineFile.get()), err)
                : library.find(routineArgument);
        Optional<Receiver> receiver = Optional.empty();
        if (receiverFile != null) {
            receiver = loaded(new ReceiverLoader().load(receiverFile), err);
            if (receiver.isEmpty()) {
                return 1;
            }
            Receiver r = receiver.get();
            for (OilConflict c : OilConflicts.of(r.carrierOil(), r.essentialOils(), r.sensitivities())) {
                err.println("easeback: " + receiverFile + ": refused in the oil step: " + c.message());
            }
        }
        if (routine.isEmpty()) {
            return 1;
        }
        PlanResult result = new PlanCompiler(catalog.get()::find).compile(routine.get(), receiver, PlanSettings.HOME);
        if (result instanceof PlanResult.Refused refused) {
            err.println(escape("easeback: " + routineArgument + ": " + refused.reason()));
            return 1;
        }
        var plan = ((PlanResult.Compiled) result).plan();
        out.print(json ? TerminalText.escapeInJson(PlanJson.write(plan)) : PlanText.write(plan, TerminalText::escape));
        out.flush();
        return 0;
    }

    /**
     * The argument as a routine file: an existing path, or anything that looks like one (a .json name or a path
     * with a folder), so a missing file still gets the loader's diagnostic. Empty means: look it up as an id.
     */
    private static Optional<Path> asFile(String argument) {
        try {
            Path path = Path.of(argument);
            boolean looksLikeFile = argument.endsWith(".json") || path.getNameCount() > 1 || path.isAbsolute();
            return looksLikeFile || Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A sentence if {@code path} is a folder where a file was asked for (a folder named x.json, say). */
    private static Optional<String> folderGivenAsFile(Path path, String what, String wanted) {
        if (path == null || !Files.isDirectory(path)) {
            return Optional.empty();
        }
        return Optional.of(what + ": '" + path + "' is a folder. Give the path of " + wanted + ".");
    }

    private static String knownIds(RoutineLibrary library) {
        var ids = library.routines().stream().map(Routine::id).sorted().toList();
        return ids.isEmpty() ? "none (no routine could be loaded)" : String.join(", ", ids);
    }

    private Optional<TechniqueCatalog> catalog(PrintWriter err) {
        if (catalogFile != null) {
            return loaded(new TechniqueCatalogLoader(CatalogSafetyRules.all()).load(catalogFile), err);
        }
        try {
            TechniqueCatalogLoader.bundled();
            return Optional.of(CatalogSafety.userCatalogs(DataDirectory.resolve()).merged());
        } catch (IllegalStateException e) {
            err.println("easeback: the technique catalog bundled with Easeback cannot be read (" + escape(e.getMessage())
                    + "). Pass one with --catalog FILE.");
            return Optional.empty();
        }
    }

    private static <T> Optional<T> loaded(LoadResult<T> result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(escape(d.format()));
        }
        return result.value();
    }
}
