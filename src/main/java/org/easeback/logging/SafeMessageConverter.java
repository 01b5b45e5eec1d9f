package org.easeback.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %safemsg} in LogSetup's patterns: the log message with {@link TerminalText} escapes, one line per event. */
public final class SafeMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(event.getFormattedMessage());
    }
}
