package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subcommand, given each kind of hostile file wherever it reads one (argument, --receiver, --catalog, the
 * data folder's routines, receivers and sessions): it answers with sentences and an exit code, never a stack trace,
 * never a raw control character, and in bounded time.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    /** The hostile contents, by name; each is also wrapped in every format tag, so it gets past the first check. */
    static Map<String, byte[]> contents() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("empty", new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        all.put("binary-garbage", garbage);
        all.put("nul-bytes", "{\"format\": \"easeback-routine/1\u0000\", \u0000\u0000}".getBytes(StandardCharsets.UTF_8));
        all.put("invalid-utf8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"',
            '}'});
        all.put("utf16", "\uFEFF{\"format\": \"easeback-routine/1\"}".getBytes(StandardCharsets.UTF_16));
        all.put("deep-nesting", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        all.put("deep-objects", ("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        all.put("long-number", ("{\"n\": " + "9".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8));
        for (String format : List.of("easeback-routine/1", "easeback-techniques/1", "easeback-receiver/1",
                "easeback-journal/1")) {
            String tag = format.substring("easeback-".length(), format.indexOf('/'));
            all.put(tag + "-huge-numbers", hugeNumbers(format).getBytes(StandardCharsets.UTF_8));
            all.put(tag + "-wrong-types", wrongTypes(format).getBytes(StandardCharsets.UTF_8));
            all.put(tag + "-controls", controls(format).getBytes(StandardCharsets.UTF_8));
        }
        return all;
    }

    private static String hugeNumbers(String format) {
        String n = "1e999999";
        String big = "123456789012345678901234567890";
        return "{\"format\": \"" + format + "\", \"event\": \"start\", \"at\": \"2025-05-01T10:00:00Z\", "
                + "\"sessionId\": \"s\", \"routineId\": \"r\", \"receiver\": \"x\", \"entry\": " + big + ", "
                + "\"id\": \"huge\", \"title\": \"T\", \"audience\": \"partner\", \"name\": \"Huge\", "
                + "\"soreSpots\": [{\"x\": " + n + ", \"y\": -" + n + "}], "
                + "\"steps\": [{\"kind\": \"technique\", \"technique\": \"thumb-glide\", \"seconds\": " + big
                + ", \"repeat\": " + n + "}], \"techniques\": [{\"id\": \"t\", \"strokesPerMinute\": " + n + "}]}\n"
                + "{\"event\": \"extend\", \"at\": \"2025-05-01T10:00:01Z\", \"entry\": 1, \"seconds\": " + big
                + "}\n";
    }

    private static String wrongTypes(String format) {
        return "{\"format\": \"" + format + "\", \"event\": [], \"at\": {}, \"id\": null, \"title\": 1, "
                + "\"name\": [\"a\"], \"steps\": {}, \"techniques\": \"x\", \"soreSpots\": [1, null, []], "
                + "\"carrierOil\": false, \"essentialOils\": [[]], \"audience\": {}}\n[]\nnull\n";
    }

    private static String controls(String format) {
        String evil = "x\\u001b]0;t\\u0007\\u001b[2J\\nforged.json:1:1: error: forged\\u009b\\u202e\\u0000";
        return "{\"format\": \"" + format + "\", \"event\": \"start\", \"at\": \"2025-05-01T10:00:00Z\", "
                + "\"sessionId\": \"" + evil + "\", \"routineId\": \"" + evil + "\", \"routineTitle\": \"" + evil
                + "\", \"receiver\": \"" + evil + "\", \"id\": \"" + evil + "\", \"title\": \"" + evil + "\", "
                + "\"audience\": \"partner\", \"name\": \"" + evil + "\", \"carrierOil\": \"" + evil + "\", "
                + "\"steps\": [{\"kind\": \"" + evil + "\", \"technique\": \"" + evil + "\"}], "
                + "\"techniques\": [{\"id\": \"" + evil + "\", \"name\": \"" + evil + "\"}], \"" + evil + "\": 1}\n"
                + "{\"event\": \"stop\", \"at\": \"2025-05-01T10:01:00Z\", \"entry\": 0, \"reason\": \"" + evil
                + "\", \"message\": \"" + evil + "\"}\n";
    }

    static Stream<Arguments> cases() {
        return contents().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySubcommandAnswersWithSentences(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.write(file, bytes);
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("routines"));
        Files.createDirectories(data.resolve("receivers"));
        Files.createDirectories(data.resolve("sessions"));
        Files.write(data.resolve("routines/" + name + ".json"), bytes);
        Files.write(data.resolve("receivers/" + name + ".json"), bytes);
        Files.write(data.resolve("sessions/2025-05-01T10-00-00Z-" + name + ".jsonl"), bytes);
        String d = data.toString();
        List<String[]> commands = List.of(
                new String[] {"validate", file.toString()},
                new String[] {"validate", dir.toString()},
                new String[] {"plan", file.toString()},
                new String[] {"plan", "--json", file.toString()},
                new String[] {"plan", "partner-short", "--receiver", file.toString()},
                new String[] {"plan", "partner-short", "--catalog", file.toString()},
                new String[] {"plan", "partner-short", "--data", d},
                new String[] {"receivers", "import", file.toString(), "--data", d},
                new String[] {"receivers", "list", "--data", d},
                new String[] {"history", "export", dir.resolve(name + ".csv").toString(), "--data", d});
        for (String[] args : commands) {
            assertAnswersWithSentences(args);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folderArguments")
    void aFolderNamedLikeAFileIsASentence(String[] args) throws IOException {
        Path folder = dir.resolve("x.json");
        Files.createDirectories(folder);
        Files.createDirectories(dir.resolve("data/receivers/sam.json"));
        Files.createDirectories(dir.resolve("data/sessions/s.jsonl"));
        Files.createDirectories(dir.resolve("data/routines/r.json"));
        List<String> resolved = new ArrayList<>();
        for (String a : args) {
            resolved.add(a.replace("FOLDER", folder.toString()).replace("DATA", dir.resolve("data").toString()));
        }
        assertAnswersWithSentences(resolved.toArray(String[]::new));
    }

    static Stream<Arguments> folderArguments() {
        return Stream.of(
                new String[] {"validate", "FOLDER"},
                new String[] {"plan", "FOLDER"},
                new String[] {"plan", "partner-short", "--receiver", "FOLDER"},
                new String[] {"plan", "partner-short", "--catalog", "FOLDER"},
                new String[] {"plan", "partner-short", "--data", "DATA"},
                new String[] {"receivers", "import", "FOLDER", "--data", "DATA"},
                new String[] {"receivers", "list", "--data", "DATA"},
                new String[] {"receivers", "export", "sam", "FOLDER", "--data", "DATA"},
                new String[] {"history", "export", "FOLDER", "--data", "DATA"}
        ).map(a -> Arguments.of((Object) a));
    }

    private static void assertAnswersWithSentences(String... args) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of(args),
                () -> "easeback " + String.join(" ", args) + " did not finish");
        String printed = run.out() + run.err();
        String what = "easeback " + String.join(" ", args) + " printed:\n" + printed;
        assertThat(run.exitCode()).as(what).isBetween(0, 2);
        assertThat(printed.lines()).as(what)
                .noneMatch(l -> l.contains("Exception") || l.contains("Error:") && !l.contains("error:")
                        || l.stripLeading().startsWith("at org.") || l.stripLeading().startsWith("at java.")
                        || l.contains("went wrong"));
        assertThat(run.err()).as(what).doesNotContain("\tat ");
        TerminalOutputTest.assertNoRawControlCharacters(printed);
    }
}
