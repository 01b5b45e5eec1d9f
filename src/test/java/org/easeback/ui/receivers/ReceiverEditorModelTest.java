package org.easeback.ui.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.SoreSpot;
import org.easeback.profile.StoredReceiver;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.OilCatalog;
import org.easeback.routine.OilCatalogLoader;
import org.easeback.safety.OilConflict;
import org.easeback.safety.OilGuard;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.receivers.ReceiverEditorModel.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiverEditorModelTest {

    @TempDir
    Path dir;

    private final List<StoredReceiver> saved = new ArrayList<>();

    private ReceiverStore store() {
        return ReceiverStore.of(new DataDirectory(dir));
    }

    private ReceiverEditorModel newReceiver() {
        return new ReceiverEditorModel(new SameThreadBackgroundTasks(), store(), null);
    }

    @Test
    void savesANewReceiverWithEverythingChosen() throws IOException {
        ReceiverEditorModel model = newReceiver();
        model.nameProperty().set("Sam");
        model.carrierOilProperty().set("sweet almond");
        ReceiverEditorModel.addTo(model.essentialOils(), "lavender");
        ReceiverEditorModel.addTo(model.sensitivities(), "nut allergy");
        model.pressureProperty().set(Pressure.LIGHT);
        model.map().place(new MapPoint(0.35, 0.6));

        assertThat(model.save(saved::add)).isTrue();

        Receiver stored = store().find("Sam").orElseThrow().receiver();
        assertThat(stored).isEqualTo(new Receiver("Sam", "sweet almond", List.of("lavender"), List.of("nut allergy"),
                Pressure.LIGHT, List.of(new SoreSpot(0.35, 0.6, ""))));
        assertThat(saved).extracting(StoredReceiver::name).containsExactly("Sam");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aMissingNameIsShownBesideTheNameField() {
        ReceiverEditorModel model = newReceiver();

        assertThat(model.save(saved::add)).isFalse();

        assertThat(model.error(Field.NAME).get()).startsWith("The receiver has no name.");
        assertThat(model.error(Field.GENERAL).get()).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void aNameAlreadyTakenIsShownBesideTheNameField() throws Exception {
        store().create(new Receiver("Sam", "", List.of(), List.of(), Pressure.GENTLE, List.of()));
        ReceiverEditorModel model = newReceiver();
        model.nameProperty().set("sam");

        model.save(saved::add);

        assertThat(model.error(Field.NAME).get()).contains("A receiver named \"Sam\" already exists");
        assertThat(saved).isEmpty();
    }

    @Test
    void typingInTheNameClearsItsError() {
        ReceiverEditorModel model = newReceiver();
        model.save(saved::add);

        model.nameProperty().set("A");

        assertThat(model.error(Field.NAME).get()).isEmpty();
    }

    @Test
    void editingKeepsTheFileAndChangesTheReceiver() throws Exception {
        StoredReceiver sam = store().create(new Receiver("Sam", "jojoba", List.of(), List.of(), Pressure.GENTLE,
                List.of(new SoreSpot(0.3, 0.5, "tight"))));
        ReceiverEditorModel model = new ReceiverEditorModel(new SameThreadBackgroundTasks(), store(), sam);
        assertThat(model.map().spots()).containsExactly(new SoreSpot(0.3, 0.5, "tight"));

        model.map().select(0);
        model.map().removeSelected();
        model.save(saved::add);

        assertThat(store().find("Sam").orElseThrow().receiver().soreSpots()).isEmpty();
        assertThat(saved.get(0).file()).isEqualTo(sam.file());
    }

    @Test
    void essentialOilsWithoutACarrierAreRefusedBesideTheirField() {
        ReceiverEditorModel model = newReceiver();
        model.essentialOils().add("peppermint");

        assertThat(model.essentialOilRefusalProperty().get()).contains(OilGuard.CARRIER_REQUIRED);

        model.carrierOilProperty().set("grapeseed");
        assertThat(model.essentialOilRefusalProperty().get()).isEmpty();
        assertThat(model.conflictsProperty().get()).isEmpty();
    }

    @Test
    void theNutAllergyReceiverSeesTheCarrierRefusedAtOnceAndSunflowerClearsIt() {
        ReceiverEditorModel model = newReceiver();
        model.carrierOilProperty().set("sweet almond");
        ReceiverEditorModel.addTo(model.essentialOils(), "lavender");
        assertThat(model.carrierRefusalProperty().get()).isEmpty();

        ReceiverEditorModel.addTo(model.sensitivities(), "nut allergy");

        assertThat(model.carrierRefusalProperty().get())
                .startsWith("Sweet almond must not be used")
                .contains("\"nut allergy\" covers tree nuts");
        assertThat(model.conflictsProperty().get()).extracting(OilConflict::kind)
                .containsExactly(OilConflict.Kind.SENSITIVITY);
        assertThat(model.saveNoteProperty().get()).isEqualTo(ReceiverEditorModel.SAVE_NOTE);

        model.carrierOilProperty().set("sunflower");

        assertThat(model.carrierRefusalProperty().get()).isEmpty();
        assertThat(model.essentialOilRefusalProperty().get()).isEmpty();
        assertThat(model.saveNoteProperty().get()).isEmpty();
    }

    @Test
    void anEssentialOilGivenAsTheCarrierIsRefused() {
        ReceiverEditorModel model = newReceiver();
        model.carrierOilProperty().set("peppermint");
        ReceiverEditorModel.addTo(model.essentialOils(), "lavender");

        assertThat(model.conflictsProperty().get()).extracting(OilConflict::kind)
                .contains(OilConflict.Kind.NOT_A_CARRIER, OilConflict.Kind.NO_CARRIER);
        assertThat(model.carrierRefusalProperty().get()).isNotEmpty();
        assertThat(model.essentialOilRefusalProperty().get()).contains(OilGuard.CARRIER_REQUIRED);
    }

    @Test
    void anEssentialOilTheReceiverIsSensitiveToIsRefusedBesideTheEssentialOils() {
        ReceiverEditorModel model = newReceiver();
        model.carrierOilProperty().set("sunflower");
        ReceiverEditorModel.addTo(model.essentialOils(), "peppermint");
        ReceiverEditorModel.addTo(model.sensitivities(), "peppermint");

        assertThat(model.essentialOilRefusalProperty().get()).startsWith("Peppermint");
        assertThat(model.carrierRefusalProperty().get()).isEmpty();
    }

    @Test
    void aReceiverWithARefusedOilMayStillBeSavedAndTheEditorSaysWhatWillBeRefused() throws IOException {
        ReceiverEditorModel model = newReceiver();
        model.nameProperty().set("Sam");
        model.carrierOilProperty().set("sweet almond");
        ReceiverEditorModel.addTo(model.sensitivities(), "nut allergy");

        assertThat(model.save(saved::add)).isTrue();
        assertThat(store().find("Sam")).isPresent();
        assertThat(model.saveNoteProperty().get()).isNotEmpty();
    }

    @Test
    void theChoicesComeFromTheOilsData() {
        OilCatalog oils = OilCatalogLoader.bundled();
        assertThat(ReceiverEditorModel.CARRIER_OILS).isEqualTo(oils.carrierNames()).contains("sunflower");
        assertThat(ReceiverEditorModel.ESSENTIAL_OILS).isEqualTo(oils.essentialOilNames()).contains("lavender");
        assertThat(ReceiverEditorModel.SENSITIVITIES).isEqualTo(oils.sensitivities());
    }

    @Test
    void aChosenOilsCautionsAreShown() {
        ReceiverEditorModel model = newReceiver();
        OilCatalog.Oil cautious = OilCatalogLoader.bundled().essentialOils().stream()
                .filter(o -> !o.cautions().isEmpty()).findFirst().orElseThrow();
        assertThat(model.cautionsProperty().get()).isEmpty();

        model.essentialOils().add(cautious.name());

        assertThat(model.cautionsProperty().get()).contains(cautious.cautions().get(0));
    }

    @Test
    void listsIgnoreBlanksAndRepeats() {
        List<String> items = new ArrayList<>();

        assertThat(ReceiverEditorModel.addTo(items, " lavender ")).isTrue();
        assertThat(ReceiverEditorModel.addTo(items, "Lavender")).isFalse();
        assertThat(ReceiverEditorModel.addTo(items, "  ")).isFalse();
        assertThat(items).containsExactly("lavender");
    }

    @Test
    void eachRuleSentenceGoesToItsField() {
        assertThat(ReceiverEditorModel.fieldOf("The name \"x…\" is too long.")).isEqualTo(Field.NAME);
        assertThat(ReceiverEditorModel.fieldOf("The carrier oil is missing or longer than 200 characters."))
                .isEqualTo(Field.CARRIER_OIL);
        assertThat(ReceiverEditorModel.fieldOf("There are more than 50 essential oils.")).isEqualTo(Field.ESSENTIAL_OILS);
        assertThat(ReceiverEditorModel.fieldOf("One of the sensitivities is missing")).isEqualTo(Field.SENSITIVITIES);
        assertThat(ReceiverEditorModel.fieldOf("Sore spot 2 (x 0.50, y 0.50): This point is on the spine."))
                .isEqualTo(Field.SORE_SPOTS);
    }
}
