package org.easeback.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.easeback.routine.Pressure;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiverStoreTest {

    @TempDir
    Path dir;

    private ReceiverStore store() {
        return ReceiverStore.of(new DataDirectory(dir));
    }

    private ReceiverTransfer transfer() {
        return ReceiverTransfer.of(new DataDirectory(dir));
    }

    static Receiver sam() {
        return new Receiver("Sam", "sweet almond oil", List.of("lavender"), List.of("peppermint"),
                Pressure.MODERATE, List.of(new SoreSpot(0.36, 0.55, "tight after gardening"), new SoreSpot(0.7, 0.2, "")));
    }

    @Test
    void aReceiverWithOilsSensitivitiesAndSoreSpotsSurvivesARestart() throws Exception {
        store().create(sam());

        ReceiverListing listing = store().list(); // a fresh store, as after a restart

        assertThat(listing.problems()).isEmpty();
        assertThat(listing.receivers()).singleElement().satisfies(r -> {
            assertThat(r.receiver()).isEqualTo(sam());
            assertThat(r.file()).isEqualTo(dir.resolve("receivers").resolve("sam.json"));
        });
    }

    @Test
    void theFileNameIsASafeSlugNeverAPathFromTheName() throws Exception {
        Receiver sneaky = new Receiver("../../etc/passwd", "", List.of(), List.of(), null, List.of());
        StoredReceiver stored = store().create(sneaky);

        assertThat(stored.file().getParent()).isEqualTo(dir.resolve("receivers"));
        assertThat(stored.file().getFileName().toString()).isEqualTo("etc-passwd.json");
        assertThat(store().find("../../etc/passwd")).isPresent();
    }

    @Test
    void namesThatShareASlugGetTheirOwnFiles() throws Exception {
        store().create(named("Sam"));
        StoredReceiver second = store().create(named("Sam!"));

        assertThat(second.file().getFileName().toString()).isEqualTo("sam-2.json");
        assertThat(store().list().receivers()).extracting(StoredReceiver::name).containsExactly("Sam", "Sam!");
    }

    @Test
    void aSecondReceiverWithTheSameNameIsRefused() throws Exception {
        store().create(named("Sam"));
        assertThatThrownBy(() -> store().create(named("sam")))
                .isInstanceOfSatisfying(ReceiverStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReceiverStoreException.Reason.NAME_TAKEN))
                .hasMessage("A receiver named \"Sam\" already exists. Choose another name.");
    }

    @Test
    void aSoreSpotOnTheSpineIsRefusedWithTheSafetyMessage() {
        Receiver onSpine = new Receiver("Alex", "", List.of(), List.of(), null, List.of(new SoreSpot(0.52, 0.5, "")));
        assertThatThrownBy(() -> store().create(onSpine))
                .isInstanceOf(ReceiverStoreException.class)
                .hasMessageContaining("Sore spot 1 (x 0.52, y 0.50)")
                .hasMessageContaining("Never press on the spine");
    }

    @Test
    void updateKeepsThePreviousVersionAsBackupAndRenamesTheFile() throws Exception {
        StoredReceiver stored = store().create(sam());
        Receiver renamed = new Receiver("Samantha", "jojoba oil", List.of(), List.of(), Pressure.GENTLE, List.of());

        StoredReceiver updated = store().update(stored, renamed);

        assertThat(updated.file().getFileName().toString()).isEqualTo("samantha.json");
        assertThat(store().list().receivers()).extracting(StoredReceiver::receiver).containsExactly(renamed);
        assertThat(Files.readString(kept("sam.json.deleted-"))).contains("\"name\" : \"Sam\"");
        assertThat(dir.resolve("receivers/sam.json.bak")).as("a backup the listing would bring back").doesNotExist();
    }

    private Path kept(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("receivers"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void anUpdateFromAStaleCopyIsRefusedInsteadOfLosingTheOtherChange() throws Exception {
        StoredReceiver opened = store().create(sam());
        store().update(opened, withSensitivity(sam(), "arnica"));

        assertThatThrownBy(() -> store().update(opened, withSensitivity(sam(), "clove")))
                .isInstanceOfSatisfying(ReceiverStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReceiverStoreException.Reason.CHANGED_ELSEWHERE))
                .hasMessageContaining("was changed by another window or command");
        assertThat(store().find("Sam").orElseThrow().receiver().sensitivities()).contains("arnica");
    }

    @Test
    void duplicateAndDeleteWork() throws Exception {
        StoredReceiver sam = store().create(sam());
        String copyName = store().copyName("Sam");
        StoredReceiver copy = store().duplicate(sam, copyName);

        assertThat(copyName).isEqualTo("Sam (copy)");
        assertThat(copy.receiver().soreSpots()).isEqualTo(sam().soreSpots());
        assertThat(store().copyName("Sam")).isEqualTo("Sam (copy 2)");

        Path keptAs = store().delete(sam);
        assertThat(store().list().receivers()).extracting(StoredReceiver::name).containsExactly("Sam (copy)");
        assertThat(keptAs.getFileName().toString()).startsWith("sam.json.deleted-");
        assertThat(Files.readString(keptAs)).contains("\"name\" : \"Sam\"");
    }

    @Test
    void aCorruptedProfileNeverDestroysData() throws Exception {
        StoredReceiver first = store().create(sam());
        store().update(first, withSensitivity(sam(), "arnica"));
        Path file = dir.resolve("receivers/sam.json");
        Files.writeString(file, "{\"format\": \"easeback-receiver/1\", \"name\": \"Sa");

        ReceiverListing listing = store().list();

        assertThat(listing.receivers()).singleElement().extracting(StoredReceiver::receiver).isEqualTo(sam());
        assertThat(listing.problems()).singleElement().asString().contains("sam.json")
                .contains("ends part way through").contains("moved aside as sam.json.corrupt-")
                .contains("was loaded instead");
        try (Stream<Path> s = Files.list(file.getParent())) {
            Path aside = s.filter(p -> p.getFileName().toString().startsWith("sam.json.corrupt-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"format\": \"easeback-receiver/1\", \"name\": \"Sa");
        }
    }

    @Test
    void importAndExportRoundTrip() throws Exception {
        store().create(sam());
        Path exported = dir.resolve("out/sam-export.json");
        Files.createDirectories(exported.getParent());
        transfer().export("sam", exported);

        ReceiverStore other = ReceiverStore.of(new DataDirectory(dir.resolve("other")));
        StoredReceiver imported = new ReceiverTransfer(other, new org.easeback.storage.AtomicFileWriter()).importFile(exported, false);

        assertThat(imported.receiver()).isEqualTo(sam());
        assertThat(Files.readString(exported)).startsWith("{\n  \"format\" : \"easeback-receiver/1\",");
        assertThat(exported.resolveSibling("sam-export.json.bak")).doesNotExist();
    }

    @Test
    void importOfAnExistingNameIsRefusedUnlessReplacing() throws Exception {
        store().create(sam());
        Path file = dir.resolve("sam-new.json");
        Files.write(file, new ReceiverWriter().write(withSensitivity(sam(), "arnica")));

        assertThatThrownBy(() -> transfer().importFile(file, false)).hasMessageContaining("--replace");
        transfer().importFile(file, true);
        assertThat(store().find("Sam").orElseThrow().receiver().sensitivities()).contains("arnica");
    }

    @Test
    void anInvalidImportSaysWhereWithPathLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"easeback-receiver/1\",\n  \"name\": \"Kim\",\n"
                + "  \"soreSpots\": [ {\"x\": 0.5, \"y\": 0.4} ]\n}\n");

        assertThatThrownBy(() -> transfer().importFile(file, false))
                .isInstanceOf(ReceiverStoreException.class)
                .hasMessageStartingWith(file + ":4:18: error: sore spot 1 at (0.5, 0.4) is refused: This point is on the spine");
        assertThat(store().list().receivers()).isEmpty();
    }

    @Test
    void concurrentCreatesAndUpdatesNeverLoseAWrite() throws Exception {
        store().create(named("Shared"));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            results.add(pool.submit(() -> {
                ReceiverStore mine = store(); // each thread is its own "window"
                go.await();
                mine.create(named("Person " + id));
                // Add a sensitivity to the shared receiver, retrying when someone else got there first.
                while (true) {
                    StoredReceiver current = mine.find("Shared").orElseThrow();
                    try {
                        mine.update(current, withSensitivity(current.receiver(), "s" + id));
                        return null;
                    } catch (ReceiverStoreException e) {
                        assertThat(e.reason()).isEqualTo(ReceiverStoreException.Reason.CHANGED_ELSEWHERE);
                    }
                }
            }));
        }
        go.countDown();
        for (Future<?> f : results) {
            f.get();
        }
        pool.shutdown();

        ReceiverListing listing = store().list();
        assertThat(listing.problems()).isEmpty();
        assertThat(listing.receivers()).hasSize(threads + 1);
        assertThat(store().find("Shared").orElseThrow().receiver().sensitivities())
                .containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "s5");
    }

    static Receiver named(String name) {
        return new Receiver(name, "", List.of(), List.of(), null, List.of());
    }

    static Receiver withSensitivity(Receiver r, String s) {
        List<String> all = new ArrayList<>(r.sensitivities());
        all.add(s);
        return new Receiver(r.name(), r.carrierOil(), r.essentialOils(), all, r.preferredPressure(), r.soreSpots());
    }
}
