package org.easeback.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Pressure;
import org.easeback.routine.Validation;
import org.easeback.storage.AtomicFileWriter;
import org.easeback.storage.CorruptFileQuarantine;
import org.easeback.storage.DataDirectory;
import org.easeback.storage.FailingFileOperations;
import org.easeback.storage.FormatMigrations;
import org.easeback.storage.HostileFiles;
import org.easeback.storage.StoredFileReader;
import org.easeback.storage.WriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Receiver files that are damaged, hostile, left only as a backup, or saved by a Windows editor. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReceiverDamageTest {

    @TempDir
    Path dir;

    private DataDirectory data() {
        return new DataDirectory(dir);
    }

    private Path receivers() throws Exception {
        return Files.createDirectories(dir.resolve("receivers"));
    }

    private static byte[] bom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private static final Receiver SAM = new Receiver("Sam", "jojoba oil", List.of(), List.of("arnica"),
            Pressure.GENTLE, List.of());

    @Test
    void aFileSavedWithAByteOrderMarkLoadsInTheStoreTheValidatorAndTheImporter() throws Exception {
        Path file = Files.write(receivers().resolve("sam.json"), bom(new ReceiverWriter().write(SAM)));
        Path outside = Files.write(dir.resolve("sam-from-windows.json"), bom(new ReceiverWriter().write(SAM)));

        ReceiverListing listing = ReceiverStore.of(data()).list();
        Validation.Report report = Validation.withBundledCatalog(List.of(), new ReceiverLoader()::fromTree)
                .run(List.of(outside));
        Receiver imported = ReceiverTransfer.of(new DataDirectory(dir.resolve("other"))).readForImport(outside);

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.receivers()).extracting(StoredReceiver::receiver).containsExactly(SAM);
        assertThat(file).exists();
        assertThat(report.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(report.allValid()).isTrue();
        assertThat(imported).isEqualTo(SAM);
    }

    @Test
    void pipesDevicesAndLinksOutAreReportedAndTheRestListed() throws Exception {
        Path folder = receivers();
        ReceiverStore.of(data()).create(SAM);
        Path secret = Files.write(dir.resolve("secret.json"), new ReceiverWriter().write(
                new Receiver("Secret", "", List.of(), List.of(), Pressure.GENTLE, List.of())));
        HostileFiles.link(folder.resolve("secret.json"), secret);
        HostileFiles.link(folder.resolve("zero.json"), HostileFiles.existing(Path.of("/dev/zero")));
        HostileFiles.fifo(folder.resolve("pipe.json"));

        ReceiverListing listing = ReceiverStore.of(data()).list();

        assertThat(listing.receivers()).extracting(StoredReceiver::name).containsExactly("Sam");
        assertThat(listing.problems()).hasSize(3).anySatisfy(p -> assertThat(p).contains("pipe.json")
                .contains("is a named pipe (FIFO), not a file").contains("left as it is"));
        assertThat(String.join("\n", listing.problems())).contains("zero.json").contains("secret.json")
                .contains("leads outside its folder through a link");
        assertThat(Files.isSymbolicLink(folder.resolve("secret.json"))).as("left alone").isTrue();
    }

    @Test
    void aFileOverOneMebibyteIsRefusedWithoutReadingItAll() throws Exception {
        Files.write(receivers().resolve("big.json"), new byte[1024 * 1024 + 1]);
        assertThat(ReceiverStore.of(data()).list().problems()).first().asString()
                .contains("far too large to be an Easeback receiver file (1,048,577 bytes; at most 1,048,576)");
    }

    @Test
    void aReceiverLeftOnlyAsABackupIsFoundAgainWithAMessageAndNeverOverwritten() throws Exception {
        Path folder = receivers();
        Files.write(folder.resolve("sam.json.bak"), new ReceiverWriter().write(SAM));

        ReceiverStore store = ReceiverStore.of(data());
        ReceiverListing listing = store.list();

        assertThat(listing.receivers()).extracting(StoredReceiver::receiver).containsExactly(SAM);
        assertThat(listing.problems()).singleElement().asString().contains("sam.json was missing")
                .contains("Its backup sam.json.bak was loaded instead");
        Receiver other = new Receiver("Sam", "", List.of(), List.of(), Pressure.FIRM, List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.create(other))
                .hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(folder.resolve("sam.json.bak"))).isEqualTo(new ReceiverWriter().write(SAM));
    }

    @Test
    void aNewNameNeverLandsOnALeftOverBackup() throws Exception {
        Path folder = receivers();
        Files.writeString(folder.resolve("kim.json.bak"), "not even JSON");
        StoredReceiver kim = ReceiverStore.of(data()).create(
                new Receiver("Kim", "", List.of(), List.of(), Pressure.GENTLE, List.of()));
        assertThat(kim.file().getFileName().toString()).isEqualTo("kim-2.json");
        assertThat(Files.readString(folder.resolve("kim.json.bak"))).isEqualTo("not even JSON");
    }

    @Test
    void everyMomentOfARepairLeavesTheReceiverLoadable() throws Exception {
        byte[] damaged = "{\"format\": \"easeback-receiver/1\", \"name\": \"Sa".getBytes(StandardCharsets.UTF_8);
        int steps = 0;
        for (int failAt = 1; failAt < 30; failAt++) {
            Path root = Files.createDirectories(dir.resolve("run-" + failAt));
            DataDirectory data = new DataDirectory(root);
            Path folder = Files.createDirectories(data.receivers());
            Files.write(folder.resolve("sam.json"), damaged);
            Files.write(folder.resolve("sam.json.bak"), new ReceiverWriter().write(SAM));
            FailingFileOperations failing = new FailingFileOperations(failAt);
            StoredFileReader dying = new StoredFileReader(FormatMigrations.standard(),
                    new CorruptFileQuarantine(Clock.systemUTC(), failing), new AtomicFileWriter(failing),
                    WriteLock.of(data));
            try {
                new ReceiverStore(data, new LoaderReceiverReader(), new AtomicFileWriter(), dying, WriteLock.of(data))
                        .list();
            } catch (java.io.IOException crashed) {
                // the process "died" here
            }
            assertThat(ReceiverStore.of(data).list().receivers()).as("after a crash at step " + failAt)
                    .extracting(StoredReceiver::receiver).containsExactly(SAM);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.anyMatch(p -> bytes(p).length == damaged.length && java.util.Arrays.equals(
                        bytes(p), damaged))).as("the damaged bytes are kept, after a crash at step " + failAt).isTrue();
            }
            if (!failing.failed()) {
                steps = failAt;
                break;
            }
        }
        assertThat(steps).as("a repair completes within the steps tried").isGreaterThan(4);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    @Test
    void aRegisteredMigrationIsWhatTheStoreSees() throws Exception {
        Path folder = receivers();
        Files.writeString(folder.resolve("sam.json"), "{\"format\": \"easeback-receiver/0\", \"fullName\": \"Sam\"}");
        FormatMigrations migrations = new FormatMigrations().register("easeback-receiver", 0, doc -> {
            doc.set("name", doc.remove("fullName"));
            return doc;
        });
        StoredFileReader reader = new StoredFileReader(migrations, new CorruptFileQuarantine(),
                new AtomicFileWriter(), WriteLock.of(data()));
        ReceiverStore store = new ReceiverStore(data(), new LoaderReceiverReader(), new AtomicFileWriter(), reader,
                WriteLock.of(data()));

        ReceiverListing listing = store.list();

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.receivers()).extracting(StoredReceiver::name).containsExactly("Sam");
    }
}
