package org.easeback.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.share.ImportCheck;
import org.easeback.studio.share.ImportPlan;
import org.easeback.studio.share.ShareExport;
import org.easeback.studio.share.ShareFormat;
import org.easeback.studio.share.ShareImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code routines} subcommand: share a routine as one file, and import one. */
@Command(name = "routines", mixinStandardHelpOptions = true,
        description = {"Exports a routine as one shared file (easeback-share/1: the routine, your techniques it uses "
                + "and its pictures), and imports one.",
            "Import checks everything before it writes, never overwrites without --replace, and keeps both on a "
                    + "clash of ids, renaming the imported one.",
            "Exit status: 0 done, 1 refused (a bad or unsafe file), 2 usage error or unreadable path."},
        subcommands = {RoutinesCommand.Export.class, RoutinesCommand.Import.class})
public final class RoutinesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        return DataCommandErrors.sayWhatToDo(spec, "export ID FILE or import FILE");
    }

    /** {@code routines export ID FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the routine ID, your techniques it uses and its pictures into FILE.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the id of a bundled or user routine")
        String id;

        @Parameters(index = "1", paramLabel = "FILE", description = "the shared file to write; must not exist")
        Path file;

        @Override
        public Integer call() {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return DataCommandErrors.usage(spec.commandLine().getErr(), "routines export", "'" + file
                        + "' already exists; nothing was overwritten. Choose another file name.");
            }
            return DataCommandErrors.writeTo(spec, "routines export", file, (out, err) -> {
                RoutineLibrary library = RoutineLibrary.load(DataDirectory.resolve(), SafetyRoutineRules.all(),
                        CatalogSafety.rules());
                byte[] bytes = ShareExport.export(library, id, CatalogSafety.bundledOrEmpty());
                new AtomicFileWriter().writeWithoutBackup(file, bytes);
                out.println("Exported '" + id + "' to " + file + ".");
                return 0;
            });
        }
    }

    /** {@code routines import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Checks a shared file and, if it is safe, adds its routine, techniques and pictures.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a shared routine (easeback-share/1)")
        Path file;

        @Option(names = "--replace", description = "replace your own routine with the same id instead of keeping both")
        boolean replace;

        @Override
        public Integer call() {
            DataDirectory data = DataDirectory.resolve();
            return DataCommandErrors.run(spec, "routines import", (out, err) -> {
                if (!Files.isRegularFile(file)) {
                    return DataCommandErrors.usage(err, "routines import", Files.exists(file)
                            ? "'" + file + "' is not a plain file; give the shared file itself."
                            : "cannot find '" + file + "'. Check the path and try again.");
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(ShareFormat.MAX_BYTES + 1);
                }
                ImportCheck check = ShareImport.check(bytes, file, data);
                if (check instanceof ImportCheck.Refused refused) {
                    for (Diagnostic d : refused.diagnostics()) {
                        out.println(d.format());
                    }
                    err.println("easeback routines import: the shared file was refused; nothing was written.");
                    return DataCommandErrors.INVALID;
                }
                ImportCheck.Ready ready = (ImportCheck.Ready) check;
                ImportPlan plan = replace && ready.replace().isPresent() ? ready.replace().get() : ready.keepBoth();
                plan.commit(data);
                for (ImportPlan.Clash clash : plan.clashes()) {
                    out.println(clash.describe());
                }
                out.println("Imported '" + plan.title() + "' as " + plan.routineId() + ".");
                return 0;
            });
        }
    }
}
