package org.easeback.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import org.easeback.storage.DataDirectory;

/** Gives logback.xml the log folder of the current {@link DataDirectory}, so logs follow {@code --data}. */
public final class LogDirectoryDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return DataDirectory.resolve().logs().toAbsolutePath().toString();
    }
}
