package org.easeback.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Logback's configuration, in code rather than XML (Joran and the XML parser cost about 390 classes before the
 * window): a rolling log file in the data folder's {@code logs/}, opened on the first line written to it, and a
 * console that gets warnings and errors only, on stderr, one escaped line each without a stack trace, so the
 * command line's output stays clean.
 */
public final class LogSetup {

    /** The log file's name, inside the data folder's {@code logs/}. */
    public static final String LOG_FILE = "easeback.log";

    private LogSetup() {
    }

    /** Sets {@code context} up from nothing: safety INFO lines and every warning to the file, warnings to stderr. */
    static void configure(LoggerContext context, Path logs) {
        FileOnFirstEvent file = new FileOnFirstEvent(() -> rollingFile(context, logs));
        file.setContext(context);
        file.setName("FILE");
        file.start();
        Appender<ILoggingEvent> console = console(context);
        context.getLogger("org.easeback").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        root.addAppender(console);
    }

    /** Moves the log file into the data folder chosen with {@code --data}, after logging has already started. */
    public static void followDataDirectory() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                System.err.println("easeback: logging could not be set up (" + e.getMessage() + "); going on.");
            }
        }
    }

    private static Appender<ILoggingEvent> rollingFile(LoggerContext context, Path logs) {
        // Forward slashes: a backslash in a file name pattern is an escape, and Windows takes either.
        String dir = logs.toAbsolutePath().toString().replace('\\', '/');
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/" + LOG_FILE);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/easeback.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(new FileSize(5 * FileSize.MB_COEFFICIENT));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(new FileSize(50 * FileSize.MB_COEFFICIENT));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, new LogLines.FileLine()));
        file.start();
        return file;
    }

    private static Appender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, new LogLines.ConsoleLine()));
        console.start();
        return console;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, Layout<ILoggingEvent> layout) {
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
