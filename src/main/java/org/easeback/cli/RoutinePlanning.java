package org.easeback.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.easeback.logging.TerminalText;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.profile.Receiver;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;

/**
 * Turns the ROUTINE, --receiver and --catalog arguments into a compiled plan, as the plan command does: ROUTINE is
 * a file or the id of a bundled or user routine. Every failure is printed as diagnostics or a sentence.
 */
final class RoutinePlanning {

    /** The plan, or the exit code to return. */
    record Outcome(Optional<Plan> plan, int exitCode) {
    }

    private RoutinePlanning() {
    }

    static Outcome plan(String command, String routineArgument, Path receiverFile, Path catalogFile,
                        PrintWriter err) {
        Optional<Path> routineFile = asFile(routineArgument);
        RoutineLibrary library = null;
        if (routineFile.isEmpty()) {
            library = RoutineLibrary.load(DataDirectory.resolve().routines(), SafetyRoutineRules.all());
            if (library.find(routineArgument).isEmpty()) {
                var ids = library.routines().stream().map(Routine::id).sorted().toList();
                err.println("easeback " + command + ": '" + TerminalText.escape(routineArgument)
                        + "' is neither a routine file nor the id of a known routine. Known routine ids: "
                        + (ids.isEmpty() ? "none (no routine could be loaded)" : String.join(", ", ids))
                        + ". Pass a routine file or one of these ids.");
                return new Outcome(Optional.empty(), EasebackCommand.USAGE);
            }
        }
        Optional<TechniqueCatalog> catalog = catalogFile == null && library != null ? Optional.of(library.catalog())
                : catalog(command, catalogFile, err);
        if (catalog.isEmpty()) {
            return new Outcome(Optional.empty(), 1);
        }
        Optional<Routine> routine = routineFile.isPresent()
                ? loaded(new RoutineLoader(catalog.get(), SafetyRoutineRules.all()).load(routineFile.get()), err)
                : library.find(routineArgument);
        Optional<Receiver> receiver = Optional.empty();
        if (receiverFile != null) {
            receiver = loaded(new ReceiverLoader().load(receiverFile), err);
            if (receiver.isEmpty()) {
                return new Outcome(Optional.empty(), 1);
            }
        }
        if (routine.isEmpty()) {
            return new Outcome(Optional.empty(), 1);
        }
        PlanResult result = new PlanCompiler(catalog.get()::find).compile(routine.get(), receiver, PlanSettings.HOME);
        if (result instanceof PlanResult.Refused refused) {
            err.println("easeback " + command + ": " + TerminalText.escape(routineArgument) + ": "
                    + refused.reason());
            return new Outcome(Optional.empty(), 1);
        }
        return new Outcome(Optional.of(((PlanResult.Compiled) result).plan()), 0);
    }

    /** A path, a .json name or anything that exists is a file; anything else is looked up as an id. */
    private static Optional<Path> asFile(String argument) {
        try {
            Path path = Path.of(argument);
            boolean looksLikeFile = argument.endsWith(".json") || path.getNameCount() > 1 || path.isAbsolute();
            return looksLikeFile || Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<TechniqueCatalog> catalog(String command, Path catalogFile, PrintWriter err) {
        if (catalogFile != null) {
            return loaded(new TechniqueCatalogLoader().load(catalogFile), err);
        }
        try {
            return Optional.of(TechniqueCatalogLoader.bundled());
        } catch (IllegalStateException e) {
            err.println("easeback " + command + ": the technique catalog bundled with Easeback cannot be read ("
                    + e.getMessage() + "). Pass one with --catalog FILE.");
            return Optional.empty();
        }
    }

    private static <T> Optional<T> loaded(LoadResult<T> result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        return result.value();
    }
}
