package org.easeback.ui.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiversModelTest {

    @TempDir
    Path dir;

    private ReceiverStore store;
    private ReceiversModel model;

    @BeforeEach
    void setUp() throws Exception {
        store = ReceiverStore.of(new DataDirectory(dir.resolve("data")));
        store.create(new Receiver("Sam", "jojoba", List.of("lavender"), List.of(), Pressure.GENTLE,
                List.of(new SoreSpot(0.3, 0.5, ""))));
        store.create(new Receiver("Alex", "", List.of(), List.of(), Pressure.LIGHT, List.of()));
        model = new ReceiversModel(new SameThreadBackgroundTasks(), store);
        model.reload();
    }

    @Test
    void listsTheStoredReceiversByNameAndSelectsTheFirst() {
        assertThat(model.names()).containsExactly("Alex", "Sam");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Alex");
    }

    @Test
    void duplicatesUnderAFreeNameAndSelectsTheCopy() {
        select("Sam");

        model.duplicateSelected();

        assertThat(model.names()).containsExactly("Alex", "Sam", "Sam (copy)");
        assertThat(model.selectedProperty().get().receiver().essentialOils()).containsExactly("lavender");
        assertThat(model.messageProperty().get()).isEqualTo("Made a copy of Sam called Sam (copy).");
    }

    @Test
    void deletesTheSelectedReceiver() {
        select("Sam");

        model.deleteSelected();

        assertThat(model.names()).containsExactly("Alex");
        assertThat(model.messageProperty().get()).startsWith("Deleted Sam.");
    }

    @Test
    void exportedReceiversImportBack() throws Exception {
        select("Sam");
        Path file = dir.resolve("sam.json");
        model.exportSelected(file);
        assertThat(Files.readString(file)).contains("easeback-receiver/1");
        model.deleteSelected();

        model.importFile(file, false);

        assertThat(model.names()).containsExactly("Alex", "Sam");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Sam");
        assertThat(model.messageProperty().get()).isEqualTo("Imported Sam from sam.json.");
    }

    @Test
    void aBrokenImportFileIsExplainedInSentences() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"easeback-receiver/1\", \"name\": \"Kim\", \"soreSpots\": "
                + "[{\"x\": 0.5, \"y\": 0.5}]}");

        model.importFile(file, false);

        assertThat(model.names()).containsExactly("Alex", "Sam");
        assertThat(model.messageProperty().get()).contains("broken.json").contains("spine");
    }

    @Test
    void importingANameAlreadyStoredIsRefusedWithoutReplacing() throws Exception {
        Path file = dir.resolve("alex.json");
        Files.writeString(file, "{\"format\": \"easeback-receiver/1\", \"name\": \"Alex\", \"carrierOil\": \"olive\"}");

        model.importFile(file, false);

        assertThat(model.messageProperty().get()).contains("A receiver named \"Alex\" already exists");
        assertThat(store.find("Alex").orElseThrow().receiver().carrierOil()).isEmpty();
    }

    @Test
    void summarySaysOilPressureAndSpots() {
        select("Sam");

        assertThat(ReceiversModel.summary(model.selectedProperty().get()))
                .isEqualTo("jojoba with lavender · gentle pressure (4 of 10) · 1 sore spot");
    }

    private void select(String name) {
        model.selectedProperty().set(model.receivers().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow());
    }
}
