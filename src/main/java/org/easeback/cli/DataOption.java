package org.easeback.cli;

import java.nio.file.Path;
import org.easeback.storage.DataDirectory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import org.easeback.logging.LogSetup;

/** The {@code --data DIR} option: which data folder the data commands use (the tests point it at a temp folder). */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The data folder to use instead of the usual one (also: the EASEBACK_DATA variable).")
    void setData(Path dir) {
        System.setProperty(DataDirectory.PROPERTY, dir.toAbsolutePath().toString());
        LogSetup.followDataDirectory();
    }
}
