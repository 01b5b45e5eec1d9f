package org.easeback.cli;

import static org.easeback.logging.TerminalText.escape;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.easeback.history.History;
import org.easeback.history.HistoryCsvExporter;
import org.easeback.history.HistoryIndex;
import org.easeback.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code history} subcommand: exports the session history. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Exports the session history.",
            "Exit status: 0 done, 2 usage error or unwritable path."},
        subcommands = HistoryCommand.ExportHistory.class)
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        return DataCommandErrors.sayWhatToDo(spec, "export FILE.csv");
    }

    /** {@code history export FILE.csv}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every session to a CSV file, newest first, one row each.")
    static final class ExportHistory implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The CSV file to write.")
        Path file;

        @Override
        public Integer call() {
            return DataCommandErrors.writeTo(spec, "history export", file, (out, err) -> {
                History history = new HistoryIndex(DataDirectory.resolve()).load();
                for (String problem : history.problems()) {
                    err.println("easeback history export: " + escape(problem));
                }
                new HistoryCsvExporter(ZoneId.systemDefault()).export(history.sessions(), file);
                int n = history.sessions().size();
                out.println("Exported " + n + (n == 1 ? " session" : " sessions") + " to " + escape(file) + ".");
                return 0;
            });
        }
    }
}
