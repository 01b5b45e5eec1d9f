package org.easeback.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.easeback.storage.DataDirectory;

/**
 * Found by Logback through {@code META-INF/services}: configures logging with {@link LogSetup} into the current
 * data folder's {@code logs/} (it follows {@code easeback.data}, {@code EASEBACK_DATA} and {@code --data}), and
 * stops Logback from looking for XML files.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LogSetup.configure(context, DataDirectory.resolve().logs());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
