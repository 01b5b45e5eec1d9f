package org.easeback.logging;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How one event is written, in code: Logback's pattern layouts parse their pattern and build some 140 classes and
 * lambdas at start. Each message has its control characters escaped ({@link TerminalText}), so a value or a file
 * name from a stranger can neither forge a line nor send an escape sequence to the terminal.
 */
final class LogLines {

    private LogLines() {
    }

    /** {@code easeback: ERROR: message}: one escaped line, never a stack trace (it would reach a user). */
    static final class ConsoleLine extends LayoutBase<ILoggingEvent> {

        @Override
        public String doLayout(ILoggingEvent event) {
            return "easeback: " + event.getLevel() + ": " + TerminalText.escape(event.getFormattedMessage())
                    + System.lineSeparator();
        }
    }

    /** {@code 2026-01-31 21:05:09,042 INFO  [thread] logger - message}, then the stack trace for a bug report. */
    static final class FileLine extends LayoutBase<ILoggingEvent> {

        /** Logback's ISO8601 date, in the machine's time zone. */
        private static final DateTimeFormatter TIME = DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT).withZone(ZoneId.systemDefault());
        private final TargetLengthBasedClassNameAbbreviator loggerName = new TargetLengthBasedClassNameAbbreviator(36);

        @Override
        public String doLayout(ILoggingEvent event) {
            String level = event.getLevel().toString();
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                    .append(level).append(" ".repeat(Math.max(0, 5 - level.length())))
                    .append(" [").append(event.getThreadName()).append("] ")
                    .append(loggerName.abbreviate(event.getLoggerName())).append(" - ")
                    .append(TerminalText.escape(event.getFormattedMessage())).append(System.lineSeparator());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown));
            }
            return line.toString();
        }
    }
}
