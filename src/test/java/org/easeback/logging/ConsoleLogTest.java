package org.easeback.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped logback.xml: what a user sees on stderr when something is logged, and what the log file keeps. */
class ConsoleLogTest {

    @TempDir
    Path data;

    @Test
    void anErrorReachesTheTerminalAsOneEscapedLineWithoutItsStackTrace() throws Exception {
        String[] printed = logWithShippedConfig();
        assertThat(printed[0]).isEqualTo("easeback: ERROR: Could not read 'a\\nb.json:1:1: error: forged\\e[2J'\n");
        assertThat(printed[1]).as("the log file keeps the stack trace for a bug report")
                .contains("java.io.IOException: disk on fire").contains("\tat ")
                .contains("Could not read 'a\\nb.json:1:1: error: forged\\e[2J'");
    }

    /** Logs one error through a context configured from logback.xml; returns {stderr, log file}. */
    private String[] logWithShippedConfig() throws Exception {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            JoranConfigurator config = new JoranConfigurator();
            config.setContext(context);
            config.doConfigure(ConsoleLogTest.class.getResource("/logback.xml"));
            Logger log = context.getLogger("org.easeback.cli.Example");
            log.error("Could not read '{}'", "a\nb.json:1:1: error: forged\u001b[2J", new IOException("disk on fire"));
        } finally {
            context.stop();
            System.setErr(oldErr);
            System.clearProperty(DataDirectory.PROPERTY);
        }
        Path logFile = data.resolve("logs/easeback.log");
        return new String[] {err.toString(StandardCharsets.UTF_8), Files.readString(logFile)};
    }
}
