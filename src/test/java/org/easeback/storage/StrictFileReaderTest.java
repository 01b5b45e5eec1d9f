package org.easeback.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hang guards are timeouts on the test thread: a FIFO that blocks would otherwise hang the whole build. */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StrictFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReadWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "{}");
        assertThat(StrictFileReader.within(dir).read(file, 10)).isInstanceOfSatisfying(FileRead.Bytes.class,
                b -> assertThat(new String(b.bytes(), UTF_8)).isEqualTo("{}"));
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = HostileFiles.fifo(dir.resolve("pipe.json"));
        FileRead read = StrictFileReader.within(dir).read(fifo, 1024);
        assertThat(read).isInstanceOfSatisfying(FileRead.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(FileRead.Refusal.NOT_A_FILE);
            assertThat(r.what()).isEqualTo("is a named pipe (FIFO), not a file; Easeback reads only regular files");
        });
    }

    @Test
    void aLinkToDevZeroIsRefusedAsLeavingTheFolder() {
        Path link = HostileFiles.link(dir.resolve("zero.json"), HostileFiles.existing(Path.of("/dev/zero")));
        FileRead read = StrictFileReader.within(dir).read(link, 1024 * 1024);
        assertThat(read).isInstanceOfSatisfying(FileRead.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(FileRead.Refusal.LINK_OUT_OF_FOLDER));
    }

    @Test
    void aDeviceNamedDirectlyIsRefusedAsADevice() {
        Path zero = HostileFiles.existing(Path.of("/dev/zero"));
        assertThat(StrictFileReader.besideItself().read(zero, 1024)).isInstanceOfSatisfying(FileRead.Refused.class,
                r -> assertThat(r.what()).startsWith("is a device, not a file"));
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedAndItsTargetNeverRead() throws Exception {
        Path outside = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("secret.json"),
                "root:x:0:0");
        Path folder = Files.createDirectory(dir.resolve("routines"));
        Path link = HostileFiles.link(folder.resolve("passwd.json"), outside);
        FileRead read = StrictFileReader.within(folder).read(link, 1024);
        assertThat(read).isInstanceOfSatisfying(FileRead.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(FileRead.Refusal.LINK_OUT_OF_FOLDER);
            assertThat(r.what()).doesNotContain("root:x");
        });
    }

    @Test
    void aFileReachedThroughALinkedSubFolderOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("x.json"), "{}");
        Path folder = Files.createDirectory(dir.resolve("routines"));
        HostileFiles.link(folder.resolve("sub"), outside);
        assertThat(StrictFileReader.within(folder).read(folder.resolve("sub/x.json"), 1024))
                .isInstanceOf(FileRead.Refused.class);
    }

    @Test
    void aLinkInsideTheFolderIsFollowed() throws Exception {
        Path target = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = HostileFiles.link(dir.resolve("alias.json"), target);
        assertThat(StrictFileReader.within(dir).read(link, 1024)).isInstanceOf(FileRead.Bytes.class);
    }

    @Test
    void aFolderThatIsItselfALinkStillReadsItsOwnFiles() throws Exception {
        Path real = Files.createDirectory(dir.resolve("kept-elsewhere"));
        Files.writeString(real.resolve("a.json"), "{}");
        Path linked = HostileFiles.link(dir.resolve("routines"), real);
        assertThat(StrictFileReader.within(linked).read(linked.resolve("a.json"), 1024))
                .isInstanceOf(FileRead.Bytes.class);
        assertThat(FolderListing.of(linked, 1, n -> n.endsWith(".json")).files())
                .containsExactly(linked.resolve("a.json"));
    }

    @Test
    void aFileOverItsCapIsRefusedWithItsSize() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[1024 * 1024 + 1]);
        assertThat(StrictFileReader.within(dir).read(big, 1024 * 1024)).isInstanceOfSatisfying(
                FileRead.Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo(FileRead.Refusal.TOO_LARGE);
                    assertThat(r.what()).isEqualTo("is 1,048,577 bytes; a file of its kind may be at most "
                            + "1,048,576 bytes");
                });
        Path exact = Files.write(dir.resolve("exact.json"), new byte[1024 * 1024]);
        assertThat(StrictFileReader.within(dir).read(exact, 1024 * 1024)).isInstanceOfSatisfying(
                FileRead.Bytes.class, b -> assertThat(b.bytes()).hasSize(1024 * 1024));
    }

    @Test
    void aFolderAndAMissingFileAreRefusedEachWithItsReason() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub.json"));
        assertThat(StrictFileReader.within(dir).read(sub, 10)).isInstanceOfSatisfying(FileRead.Refused.class,
                r -> assertThat(r.what()).startsWith("is a folder, not a file"));
        assertThat(StrictFileReader.within(dir).read(dir.resolve("none.json"), 10))
                .isInstanceOfSatisfying(FileRead.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(FileRead.Refusal.MISSING));
    }

    @Test
    void aNulInAPathBecomesAPhraseNotAnException() {
        StrictFileReader.PathOrProblem p = StrictFileReader.resolve(dir, "images/a\u0000b.png");
        assertThat(p.ok()).isFalse();
        assertThat(p.problem()).isEqualTo("contains a character that no file name may have (U+0000 at character 9)"
                + "; remove it");
        assertThat(StrictFileReader.illegalPath(new InvalidPathException("x", "bad"))).doesNotContain("U+");
    }

    @Test
    void theListingNamesPipesAndLinksSoTheReaderCanRefuseThem() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        HostileFiles.fifo(dir.resolve("b.json"));
        HostileFiles.link(dir.resolve("c.json"), Path.of("/etc"));
        Files.createDirectory(dir.resolve("d.json"));
        Files.writeString(dir.resolve("e.txt"), "");
        assertThat(FolderListing.of(dir, 1, n -> n.endsWith(".json")).files())
                .containsExactly(dir.resolve("a.json"), dir.resolve("b.json"), dir.resolve("c.json"));
    }
}
