package org.easeback.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.function.Supplier;

/**
 * Opens the rolling log file when the first event reaches it, not at start: a start that logs nothing then builds
 * no rolling policy (its file name pattern parser and archive remover), and the window shows sooner.
 */
final class FileOnFirstEvent extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private final Supplier<Appender<ILoggingEvent>> opener;
    private volatile Appender<ILoggingEvent> file;

    FileOnFirstEvent(Supplier<Appender<ILoggingEvent>> opener) {
        this.opener = opener;
    }

    @Override
    protected void append(ILoggingEvent event) {
        Appender<ILoggingEvent> open = file;
        if (open == null) {
            open = open();
        }
        open.doAppend(event);
    }

    private synchronized Appender<ILoggingEvent> open() {
        if (file == null) {
            file = opener.get();
        }
        return file;
    }

    @Override
    public void stop() {
        super.stop();
        synchronized (this) {
            if (file != null) {
                file.stop();
            }
        }
    }
}
