package org.easeback.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logging as a user meets it: what reaches the terminal, and what the log file keeps. */
class LogSetupTest {

    @TempDir
    Path data;

    @Test
    void anErrorReachesTheTerminalAsOneEscapedLineWithoutItsStackTrace() throws Exception {
        Printed printed = logThroughTheAppsSetUp(context -> context.getLogger("org.easeback.cli.Example")
                .error("Could not read '{}'", "a\nb.json:1:1: error: forged\u001b[2J", new IOException("disk on fire")));
        assertThat(printed.stderr()).isEqualTo("easeback: ERROR: Could not read 'a\\nb.json:1:1: error: forged\\e[2J'\n");
        assertThat(printed.logFile()).as("the log file keeps the stack trace for a bug report")
                .contains("java.io.IOException: disk on fire").contains("\tat ")
                .contains("Could not read 'a\\nb.json:1:1: error: forged\\e[2J'");
    }

    @Test
    void safetyInfoLinesGoToTheFileOnlySoTheCommandLineStaysQuiet() throws Exception {
        Printed printed = logThroughTheAppsSetUp(context -> context.getLogger("org.easeback.safety.Example")
                .info("Stopped at pain: {}", "lower back"));
        assertThat(printed.stderr()).isEmpty();
        assertThat(printed.logFile()).matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[main\\] org\\.easeback\\.safety\\.Example"
                        + " - Stopped at pain: lower back\\R");
    }

    @Test
    void aLibraryIsHeardFromOnlyWhenItWarns() throws Exception {
        Printed printed = logThroughTheAppsSetUp(context -> {
            context.getLogger("com.example.Library").info("chatter");
            context.getLogger("com.example.Library").warn("pool \u0007exhausted");
        });
        assertThat(printed.stderr()).isEqualTo("easeback: WARN: pool \\x07exhausted\n");
        assertThat(printed.logFile()).doesNotContain("chatter").contains("WARN  [main] com.example.Library - pool");
    }

    @Test
    void theFileRollsOverAtFiveMegabytesIntoADatedArchive() throws Exception {
        String line = "x".repeat(1000);
        logThroughTheAppsSetUp(context -> {
            for (int i = 0; i < 6_000; i++) {
                context.getLogger("org.easeback.Example").info(line);
            }
        });
        Path archive = data.resolve("logs/easeback." + LocalDate.now() + ".0.log");
        assertThat(archive).exists();
        assertThat(Files.size(archive)).isBetween(5_000_000L, 5_400_000L);
        assertThat(Files.size(data.resolve("logs/easeback.log"))).isLessThan(2_000_000L);
    }

    @Test
    void theConfiguratorWritesIntoTheDataFolderNamedByTheProperty() throws Exception {
        LoggerContext context = freshContext();
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        try {
            assertThat(new LogConfigurator().configure(context))
                    .as("Logback must not go on to look for XML files").isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            context.getLogger("org.easeback.Example").info("into the chosen folder");
        } finally {
            context.stop();
            System.clearProperty(DataDirectory.PROPERTY);
        }
        assertThat(data.resolve("logs").resolve(LogSetup.LOG_FILE)).content().contains("into the chosen folder");
    }

    @Test
    void logbackFindsTheConfiguratorAsAService() {
        Stream<Class<?>> found = ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type);
        assertThat(found).contains(LogConfigurator.class);
    }

    @Test
    void testsThemselvesNeverWriteIntoTheUsersDataFolder() {
        LoggerContext tests = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        assertThat(tests.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
    }

    @Test
    void aStartThatLogsNothingOpensNoFileAndTheFirstLineOpensIt() throws Exception {
        LoggerContext context = freshContext();
        Path logFile = data.resolve("logs").resolve(LogSetup.LOG_FILE);
        try {
            LogSetup.configure(context, data.resolve("logs"));
            context.getLogger("com.example.Library").info("below the level: not written");
            assertThat(logFile).doesNotExist();
            context.getLogger("org.easeback.Example").info("first line");
            assertThat(logFile).content().endsWith(" - first line" + System.lineSeparator());
        } finally {
            context.stop();
        }
    }

    @Test
    void threadsThatLogTheirFirstLinesAtOnceLoseNone() throws Exception {
        int threads = 8;
        int lines = 200;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        logThroughTheAppsSetUp(context -> {
            List<Thread> started = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < lines; i++) {
                        context.getLogger("org.easeback.Example").info("thread {} line {}", id, i);
                    }
                });
                thread.start();
                started.add(thread);
            }
            go.countDown();
            started.forEach(thread -> {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        });
        List<String> written = Files.readAllLines(data.resolve("logs/easeback.log"));
        assertThat(written).hasSize(threads * lines).doesNotHaveDuplicates();
    }

    private record Printed(String stderr, String logFile) {
    }

    /** Runs {@code logging} against a context set up by {@link LogSetup} into the temp folder's logs/. */
    private Printed logThroughTheAppsSetUp(Consumer<LoggerContext> logging) throws IOException {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoggerContext context = freshContext();
        try {
            // The console appender takes System.err when it starts, so it is swapped first.
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            LogSetup.configure(context, data.resolve("logs"));
            logging.accept(context);
        } finally {
            context.stop();
            System.setErr(oldErr);
        }
        return new Printed(err.toString(StandardCharsets.UTF_8), Files.readString(data.resolve("logs/easeback.log")));
    }

    private static LoggerContext freshContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }
}
