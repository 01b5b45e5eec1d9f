package org.easeback.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoredFileReaderTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    private StoredFileReader reader() {
        return new StoredFileReader(FormatMigrations.standard(), new CorruptFileQuarantine(clock),
                new AtomicFileWriter(), WriteLock.of(new DataDirectory(dir)));
    }

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                Arguments.of("invalid JSON", "{\"format\": \"easeback-note/1\", \"text\": oops}".getBytes(UTF_8),
                        "is not valid JSON"),
                Arguments.of("wrong format tag", "{\"format\": \"easeback-routine/1\", \"text\": \"x\"}".getBytes(UTF_8),
                        "its format is \"easeback-routine/1\", expected \"easeback-note/1\""),
                Arguments.of("no format tag", "{\"text\": \"x\"}".getBytes(UTF_8), "has no \"format\" tag"),
                Arguments.of("truncated", "{\"format\": \"easeback-note/1\", \"te".getBytes(UTF_8),
                        "ends part way through"),
                Arguments.of("empty", new byte[0], "is empty"),
                Arguments.of("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                        "not UTF-8"),
                Arguments.of("not an object", "[1, 2]".getBytes(UTF_8), "should hold a JSON object"),
                Arguments.of("invalid content", "{\"format\": \"easeback-note/1\", \"text\": 3}".getBytes(UTF_8),
                        "\"text\" is missing or not a string"),
                Arguments.of("trailing garbage", "{\"format\": \"easeback-note/1\", \"text\": \"x\"} }".getBytes(UTF_8),
                        "is not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void eachDamagedFileIsNamedExplainedMovedAsideAndReplacedByItsBackup(String kind, byte[] content, String what)
            throws IOException {
        Path file = dir.resolve("sam.json");
        Files.write(file, content);
        Files.write(dir.resolve("sam.json.bak"), NoteFormat.note("from the backup"));

        StoredRead<String> read = reader().read(file, new NoteFormat());

        assertThat(read).isInstanceOf(StoredRead.Recovered.class);
        assertThat(read.value()).contains("from the backup");
        assertThat(read.messages()).singleElement().asString()
                .contains(file.toString()).contains(what)
                .contains("moved aside as sam.json.corrupt-20250304T050607Z")
                .contains("backup sam.json.bak was loaded instead");
        Path aside = dir.resolve("sam.json.corrupt-20250304T050607Z");
        assertThat(Files.readAllBytes(aside)).as("the damaged file is kept byte for byte").isEqualTo(content);
        assertThat(Files.readAllBytes(file)).isEqualTo(NoteFormat.note("from the backup"));
    }

    @Test
    void anUnreadableFileIsExplainedMovedAsideAndReplacedByItsBackup() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.write(file, NoteFormat.note("secret"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("root can read anything").isFalse();
        Files.write(dir.resolve("sam.json.bak"), NoteFormat.note("from the backup"));

        StoredRead<String> read = reader().read(file, new NoteFormat());

        assertThat(read.value()).contains("from the backup");
        assertThat(read.messages()).singleElement().asString().contains("cannot be read: permission is denied");
        assertThat(dir.resolve("sam.json.corrupt-20250304T050607Z")).exists();
    }

    @Test
    void aFileTheSystemRefusesToReadIsExplainedMovedAsideAndReplacedByItsBackup() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.write(file, NoteFormat.note("secret"));
        Files.write(dir.resolve("sam.json.bak"), NoteFormat.note("from the backup"));
        StoredFileReader refusing = new StoredFileReader(FormatMigrations.standard(),
                new CorruptFileQuarantine(clock), new AtomicFileWriter(), WriteLock.of(new DataDirectory(dir)), (p, max) -> p.equals(file)
                        ? new FileRead.Refused(p, FileRead.Refusal.UNREADABLE,
                                "cannot be read: permission is denied. Check its permissions")
                        : StrictFileReader.within(dir).read(p, max));

        StoredRead<String> read = refusing.read(file, new NoteFormat());

        assertThat(read.value()).contains("from the backup");
        assertThat(read.messages()).singleElement().asString().contains(file.toString())
                .contains("cannot be read: permission is denied");
        assertThat(Files.readAllBytes(dir.resolve("sam.json.corrupt-20250304T050607Z")))
                .isEqualTo(NoteFormat.note("secret"));
    }

    @Test
    void aDamagedFileWithoutBackupIsMovedAsideAndNeverWrittenOver() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.writeString(file, "{ broken");

        StoredRead<String> read = reader().read(file, new NoteFormat());
        new AtomicFileWriter().write(file, NoteFormat.note("a new start"));

        assertThat(read).isInstanceOf(StoredRead.Failed.class);
        assertThat(read.value()).isEmpty();
        assertThat(read.messages()).contains("There is no backup of it to load instead.");
        assertThat(Files.readString(dir.resolve("sam.json.corrupt-20250304T050607Z"))).isEqualTo("{ broken");
        assertThat(dir.resolve("sam.json.bak")).doesNotExist();
    }

    @Test
    void aDamagedBackupIsReportedAndLeftInPlace() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.writeString(file, "");
        Files.writeString(dir.resolve("sam.json.bak"), "{");

        StoredRead<String> read = reader().read(file, new NoteFormat());

        assertThat(read.value()).isEmpty();
        assertThat(read.messages()).hasSize(2);
        assertThat(read.messages().get(1)).startsWith("Its backup could not be used either")
                .contains("sam.json.bak").contains("ends part way through");
        assertThat(Files.readString(dir.resolve("sam.json.bak"))).isEqualTo("{");
    }

    @Test
    void aFileFromANewerVersionIsLeftAloneAndNotReplacedByItsBackup() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.writeString(file, "{\"format\": \"easeback-note/2\", \"text\": \"future\"}");
        Files.write(dir.resolve("sam.json.bak"), NoteFormat.note("old"));

        StoredRead<String> read = reader().read(file, new NoteFormat());

        assertThat(read.value()).isEmpty();
        assertThat(read.messages()).singleElement().asString().contains("newer version of Easeback")
                .contains("left as it is");
        assertThat(Files.readString(file)).contains("future");
    }

    @Test
    void twoDamagedVersionsInTheSameSecondBothSurvive() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.writeString(file, "first damage");
        reader().read(file, new NoteFormat());
        Files.writeString(file, "second damage");
        reader().read(file, new NoteFormat());

        try (Stream<Path> files = Files.list(dir)) {
            List<String> aside = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".corrupt-")).sorted().toList();
            assertThat(aside).containsExactly("sam.json.corrupt-20250304T050607Z",
                    "sam.json.corrupt-20250304T050607Z-2");
        }
    }

    @Test
    void aMissingFileWithABackupIsRestoredFromIt() throws IOException {
        Path file = dir.resolve("sam.json");
        Files.write(dir.resolve("sam.json.bak"), NoteFormat.note("saved"));

        StoredRead<String> read = reader().read(file, new NoteFormat());

        assertThat(read.value()).contains("saved");
        assertThat(file).exists();
    }

    @Test
    void aMissingFileWithoutBackupIsSimplyMissing() throws IOException {
        assertThat(reader().read(dir.resolve("nobody.json"), new NoteFormat()))
                .isInstanceOf(StoredRead.Missing.class);
    }
}
