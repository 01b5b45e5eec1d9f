package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverListing;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.ReceiverTransfer;
import org.easeback.profile.StoredReceiver;
import org.easeback.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code receivers} subcommand: list, import and export receiver profiles, for scripting and backups. */
@Command(name = "receivers", mixinStandardHelpOptions = true,
        description = {"Lists, imports and exports receiver profiles (easeback-receiver/1 files).",
            "Uses the same data folder, locks and atomic writes as the app, so it is safe while the app is open.",
            "Exit status: 0 done, 1 invalid input (bad file, unknown or taken name), 2 usage error or unreadable "
                    + "path."},
        subcommands = {ReceiversCommand.ListReceivers.class, ReceiversCommand.ImportReceiver.class,
            ReceiversCommand.ExportReceiver.class})
public final class ReceiversCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        return DataCommandErrors.sayWhatToDo(spec, "list, import FILE or export NAME FILE");
    }

    static ReceiverStore store() {
        return ReceiverStore.of(DataDirectory.resolve());
    }

    /** {@code receivers list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the receivers, one a line.")
    static final class ListReceivers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return DataCommandErrors.run(spec, "receivers list", (out, err) -> {
                ReceiverListing listing = store().list();
                for (String problem : listing.problems()) {
                    err.println("easeback receivers list: " + escape(problem));
                }
                if (listing.receivers().isEmpty()) {
                    out.println("No receivers yet. Create one in the app, or import one with "
                            + "'easeback receivers import FILE'.");
                }
                for (StoredReceiver r : listing.receivers()) {
                    out.println(escape(describe(r.receiver())));
                }
                return listing.problems().isEmpty() ? 0 : DataCommandErrors.INVALID;
            });
        }

        static String describe(Receiver r) {
            StringBuilder s = new StringBuilder(r.name()).append(" (").append(r.preferredPressure().jsonName())
                    .append(" pressure");
            if (!r.carrierOil().isEmpty()) {
                s.append(", ").append(r.carrierOil());
            }
            if (!r.essentialOils().isEmpty()) {
                s.append(" with ").append(String.join(", ", r.essentialOils()));
            }
            int spots = r.soreSpots().size();
            s.append(", ").append(spots).append(spots == 1 ? " sore spot)" : " sore spots)");
            return s.toString();
        }
    }

    /** {@code receivers import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds the receiver in an easeback-receiver/1 file.")
    static final class ImportReceiver implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The receiver file to import.")
        Path file;

        @Option(names = "--replace", description = "Replace a receiver of the same name instead of refusing.")
        boolean replace;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                return DataCommandErrors.usage(spec.commandLine().getErr(), "receivers import",
                        "cannot find the file '" + file + "'. Check the path and try again.");
            }
            return DataCommandErrors.run(spec, "receivers import", (out, err) -> {
                StoredReceiver stored = ReceiverTransfer.of(DataDirectory.resolve()).importFile(file, replace);
                out.println(escape("Imported \"" + stored.name() + "\" into " + stored.file() + "."));
                return 0;
            });
        }
    }

    /** {@code receivers export NAME FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes a receiver to an easeback-receiver/1 file.")
    static final class ExportReceiver implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The receiver's name (case does not matter).")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
        Path file;

        @Override
        public Integer call() {
            return DataCommandErrors.writeTo(spec, "receivers export", file, (out, err) -> {
                StoredReceiver r = ReceiverTransfer.of(DataDirectory.resolve()).export(name, file);
                out.println(escape("Exported \"" + r.name() + "\" to " + file + "."));
                return 0;
            });
        }
    }
}
