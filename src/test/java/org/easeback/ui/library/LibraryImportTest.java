package org.easeback.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.easeback.routine.RoutineLibrary;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.share.ShareExport;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.library.ImportFlow.Asking;
import org.easeback.ui.library.ImportFlow.Done;
import org.easeback.ui.library.ImportFlow.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a shared routine from the library: refusals in sentences, clashes asked about, keep both by default. */
class LibraryImportTest {

    /** A guard against a hang, not a speed target: each refusal below takes milliseconds. */
    private static final Duration HANG = Duration.ofSeconds(5);

    @TempDir
    Path root;

    private DataDirectory target() {
        return new DataDirectory(root.resolve("target"));
    }

    private LibraryViewModel model(DataDirectory data) {
        RoutineLibrarySource source = new RoutineLibrarySource(data);
        LibraryViewModel model = new LibraryViewModel(new SameThreadBackgroundTasks(), source, source, r -> { },
                new RecordingStudio(), RoutineImporter.into(data));
        model.load();
        return model;
    }

    /** A shared file of the user routine "my-palms", which uses the user technique "palm-press". */
    private Path shared(String title) throws IOException {
        DataDirectory source = new DataDirectory(root.resolve("source-" + title.hashCode()));
        UserFiles.catalog(source);
        UserFiles.write(source, "my-palms.json", UserFiles.routine("my-palms", title, "Ana"));
        byte[] bytes = ShareExport.export(RoutineLibrary.load(source, SafetyRoutineRules.all(),
                CatalogSafety.rules()), "my-palms", CatalogSafety.bundledOrEmpty());
        Path file = root.resolve("my-palms-" + title.hashCode() + ".easeback.json");
        Files.write(file, bytes);
        return file;
    }

    private static Refused refusedFor(LibraryViewModel model, Path file) {
        return assertTimeoutPreemptively(HANG, () -> {
            model.imports().start(file);
            return (Refused) model.imports().stepProperty().get();
        });
    }

    @Test
    void aSharedFileWithNoClashIsImportedAndSelectedWithAConfirmation() throws IOException {
        Path share = shared("My palms");
        DataDirectory data = target();
        LibraryViewModel model = model(data);
        model.imports().start(share);

        Done done = (Done) model.imports().stepProperty().get();
        assertThat(done.says()).isEqualTo("Imported 'My palms' as my-palms.");
        assertThat(model.selectedProperty().get().title()).isEqualTo("My palms");
        assertThat(((LibraryCard.RoutineCard) model.selectedProperty().get()).ownerLabel())
                .isEqualTo("Yours · by Ana");
        assertThat(data.routines().resolve("my-palms.json")).exists();
        assertThat(data.techniques().resolve("palm-press.json")).exists();
    }

    @Test
    void aClashAsksFirstAndKeepingBothIsTheDefaultAndOverwritesNothing() throws IOException {
        DataDirectory data = target();
        UserFiles.catalog(data);
        Path mine = UserFiles.write(data, "my-palms.json", UserFiles.routine("my-palms", "My palms", "Me"));
        String before = Files.readString(mine);
        LibraryViewModel model = model(data);

        model.imports().start(shared("Their palms"));
        Asking asking = (Asking) model.imports().stepProperty().get();
        assertThat(asking.keepBoth().routineId()).isEqualTo("my-palms-2");
        assertThat(asking.keepBothSays()).anyMatch(s -> s.contains("becomes 'my-palms-2', and both are kept"));
        assertThat(asking.replace()).isPresent(); // offered, since the routine is the user's own
        assertThat(data.routines().resolve("my-palms-2.json")).doesNotExist(); // nothing written before the answer

        model.imports().keepBoth();
        assertThat(((Done) model.imports().stepProperty().get()).plan().routineId()).isEqualTo("my-palms-2");
        assertThat(Files.readString(mine)).isEqualTo(before);
        assertThat(model.selectedProperty().get().title()).isEqualTo("Their palms");
        assertThat(model.visibleCards()).extracting(LibraryCard::title).contains("My palms", "Their palms");
    }

    @Test
    void replacingTheUsersOwnRoutineHappensOnlyWhenChosen() throws IOException {
        DataDirectory data = target();
        UserFiles.catalog(data);
        Path mine = UserFiles.write(data, "my-palms.json", UserFiles.routine("my-palms", "My palms", "Me"));
        LibraryViewModel model = model(data);
        model.imports().start(shared("Their palms"));
        model.imports().dismiss(); // Cancel: nothing at all
        assertThat(Files.readString(mine)).contains("\"My palms\"");
        assertThat(data.routines().resolve("my-palms-2.json")).doesNotExist();

        model.imports().start(shared("Their palms"));
        model.imports().replace();
        assertThat(Files.readString(mine)).contains("\"Their palms\"");
        assertThat(model.selectedProperty().get().title()).isEqualTo("Their palms");
    }

    @Test
    void aRefusedFileShowsItsDiagnosticsAsPathLineColumnAndWritesNothing() throws IOException {
        Path share = shared("My palms");
        Files.writeString(share, Files.readString(share).replace("\"check-in\"", "\"check-out\""));
        DataDirectory data = target();
        Refused refused = refusedFor(model(data), share);
        assertThat(refused.problems()).isNotEmpty()
                .anyMatch(p -> p.matches(".*routine\\.json:\\d+:\\d+: error: .*check-out.*"));
        assertThat(data.routines()).doesNotExist();
    }

    @Test
    void aNamedPipeIsRefusedAtOnceWithoutBeingOpened() throws Exception {
        Path fifo = root.resolve("pipe.easeback.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Refused refused = refusedFor(model(target()), fifo);
        assertThat(refused.problems()).singleElement().asString()
                .isEqualTo(fifo + ": this file is a named pipe (FIFO), not a file; Easeback reads only regular "
                        + "files.");
    }

    @Test
    void aMebibyteOfGarbageIsRefusedInASentence() throws IOException {
        Path garbage = root.resolve("garbage.easeback.json");
        byte[] bytes = new byte[1024 * 1024];
        new Random(14).nextBytes(bytes);
        Files.write(garbage, bytes);
        Refused refused = refusedFor(model(target()), garbage);
        assertThat(refused.problems()).singleElement().asString().startsWith(garbage.toString())
                .contains("this is not a shared routine Easeback can read").endsWith("ask for the file again.");
    }

    @Test
    void aFileOverTheCapIsRefusedFromItsSize() throws IOException {
        Path big = root.resolve("big.easeback.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024); // sparse: nothing is read to refuse it
        }
        Refused refused = refusedFor(model(target()), big);
        assertThat(refused.problems()).singleElement().asString()
                .contains("this file is 20,971,520 bytes; a shared routine may be at most 16,777,216 bytes");
    }

    @Test
    void textThatIsNotUtf8IsRefusedInASentence() throws IOException {
        Path latin1 = root.resolve("latin1.easeback.json");
        Files.write(latin1, "{\"format\": \"easeback-share/1\", \"routine\": {\"title\": \"Caf\u00e9\"}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Refused refused = refusedFor(model(target()), latin1);
        assertThat(refused.problems()).singleElement().asString().startsWith(latin1.toString())
                .containsIgnoringCase("UTF-8");
    }

    @Test
    void aLinkOutOfItsFolderIsRefused() throws IOException {
        Path elsewhere = shared("My palms");
        Path folder = Files.createDirectories(root.resolve("downloads"));
        Path link = Files.createSymbolicLink(folder.resolve("palms.easeback.json"), elsewhere);
        Refused refused = refusedFor(model(target()), link);
        assertThat(refused.problems()).singleElement().asString().contains("leads outside its folder");
    }
}
