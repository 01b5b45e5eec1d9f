package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.easeback.cli.EasebackCommand;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.MapPoint;
import org.easeback.routine.PrettyJson;
import org.easeback.routine.RoutineKeys;
import org.easeback.routine.RoutineLibrary;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.routine.UserCatalogs;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.storage.DataDirectory;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.TechniqueDocument;
import org.easeback.studio.TechniqueDraft.Points;
import org.easeback.studio.TechniqueField;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The technique editor's view model, with no scene: edits, undo, the diagram, the live problems and saving. */
class TechniqueEditorModelTest {

    static final TechniqueCatalog BUNDLED = CatalogSafety.bundledOrEmpty();

    @TempDir
    Path root;

    private DataDirectory data;
    private TechniqueEditorModel model;

    @BeforeEach
    void newTechnique() {
        data = new DataDirectory(root);
        model = open(TechniqueDocument.blank(data), true);
    }

    private TechniqueEditorModel open(TechniqueDocument doc, boolean fresh) {
        UserCatalogs user = UserCatalogs.load(data.techniques(), BUNDLED, CatalogSafety.rules());
        return new TechniqueEditorModel(doc, fresh, BUNDLED, user, new SameThreadBackgroundTasks());
    }

    /** A technique that passes every rule, with a three-point stroke beside the spine. */
    static void fillIn(TechniqueEditorModel m, String name) {
        m.text(TechniqueField.NAME).set(name);
        m.endTyping();
        m.text(TechniqueField.INSTRUCTIONS).set("Rest your palm on the muscles beside the spine.\n"
                + "Glide slowly up towards the ribs.");
        m.endTyping();
        m.text(TechniqueField.STROKES_PER_MINUTE).set("12");
        m.endTyping();
        for (MapPoint p : List.of(new MapPoint(0.3, 0.75), new MapPoint(0.32, 0.5), new MapPoint(0.34, 0.25))) {
            assertThat(m.diagram().add(p)).as("adding %s", p).isTrue();
        }
    }

    private List<String> messages() {
        return model.problems().stream().map(TechniqueProblem::message).toList();
    }

    @Test
    void everyFieldEditIsAnUndoableJob() {
        model.text(TechniqueField.NAME).set("Palm glide");
        model.endTyping();
        model.choose(TechniqueField.PRESSURE, "light");
        model.setZone(TechniqueField.WORKS, "hips", true);
        model.text(TechniqueField.STROKES_PER_MINUTE).set("10");
        model.endTyping();
        model.text(TechniqueField.INSTRUCTIONS).set("One.\nTwo.");
        model.endTyping();
        TechniqueDocument doc = model.document();
        assertThat(doc.draft().get(TechniqueField.ID)).isEqualTo("palm-glide");
        assertThat(doc.draft().get(TechniqueField.PRESSURE)).isEqualTo("light");
        assertThat(doc.draft().get(TechniqueField.WORKS)).isEqualTo("lower-back\nhips");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Set instructions");

        model.undo();
        assertThat(model.text(TechniqueField.INSTRUCTIONS).get()).isEmpty();
        model.undo();
        assertThat(doc.draft().get(TechniqueField.STROKES_PER_MINUTE)).isEmpty();
        model.undo();
        assertThat(model.hasZone(TechniqueField.WORKS, "hips")).isFalse();
        model.undo();
        assertThat(model.text(TechniqueField.PRESSURE).get()).as("gentle by default").isEqualTo("gentle");
        model.undo();
        assertThat(doc.draft().get(TechniqueField.ID)).as("the offered id is its own step").isEmpty();
        model.undo();
        assertThat(model.text(TechniqueField.NAME).get()).isEmpty();
        assertThat(model.undo()).isFalse();

        model.redo();
        model.redo();
        model.redo();
        assertThat(model.text(TechniqueField.PRESSURE).get()).isEqualTo("light");
        assertThat(model.redoTextProperty().get()).isEqualTo("Redo Set works");
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        for (String typed : List.of("P", "Pa", "Pal", "Palm")) {
            model.text(TechniqueField.NAME).set(typed);
        }
        model.undo();
        assertThat(model.text(TechniqueField.NAME).get()).isEmpty();
    }

    @Test
    void theUnsavedMarkFollowsEditsUndoAndSaving() {
        assertThat(model.dirtyProperty().get()).isFalse();
        fillIn(model, "Palm glide");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save(() -> { });
        assertThat(model.saving().outcomeProperty().get()).isInstanceOf(TechniqueSaving.Outcome.Saved.class);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.choose(TechniqueField.PRESSURE, "light");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.undo();
        assertThat(model.dirtyProperty().get()).as("back where it was saved").isFalse();
    }

    @Test
    void spineAndBonesCannotBeWorkedAndTheSpineIsAlwaysAvoided() {
        assertThat(model.setZone(TechniqueField.WORKS, "spine", true)).isFalse();
        assertThat(model.setZone(TechniqueField.WORKS, "sacrum", true)).isFalse();
        assertThat(model.setZone(TechniqueField.AVOIDS, "spine", false)).isFalse();
        assertThat(model.hasZone(TechniqueField.AVOIDS, "spine")).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aPointOnTheSpineIsRefusedWithTheCatalogRulesWords() {
        fillIn(model, "Palm glide");
        model.diagram().setCursor(new MapPoint(0.5, 0.5));

        assertThat(model.diagram().addAtCursor()).isFalse();

        assertThat(model.diagram().points(Points.PATH)).hasSize(3);
        String expected = validateSays(new MapPoint(0.5, 0.5));
        assertThat(expected).startsWith("the diagram of technique 'palm-glide' puts pressure on the spine");
        assertThat(model.diagram().refusalProperty().get()).isEqualTo(expected);
        assertThat(model.problems().get(0)).isEqualTo(new TechniqueProblem("path", -1, expected, true, true));
        assertThat(model.problemOf("path").get()).isEqualTo(expected);
        assertThat(model.diagram().refusedPointProperty().get()).isEqualTo(new MapPoint(0.5, 0.5));

        assertThat(model.diagram().add(new MapPoint(0.34, 0.2))).isTrue();
        assertThat(model.diagram().refusalProperty().get()).as("an allowed point clears it").isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void aPointOnABoneAndAStrokeAcrossTheSpineAreRefusedToo() {
        fillIn(model, "Palm glide");
        assertThat(model.diagram().add(new MapPoint(0.5, 0.96))).isFalse();
        assertThat(model.diagram().refusalProperty().get()).isEqualTo(validateSays(new MapPoint(0.5, 0.96)));
        assertThat(model.diagram().add(new MapPoint(0.05, 0.95))).isFalse();
        assertThat(model.diagram().refusalProperty().get()).isEqualTo(validateSays(new MapPoint(0.05, 0.95)))
                .contains("hip bone");
        assertThat(model.diagram().add(new MapPoint(0.7, 0.3))).isFalse();
        assertThat(model.diagram().refusalProperty().get()).isEqualTo(validateSays(new MapPoint(0.7, 0.3)))
                .contains("crosses the spine");
        assertThat(model.diagram().points(Points.PATH)).hasSize(3);
    }

    @Test
    void draggingAPointOntoTheSpineStopsWhereItWasAllowed() {
        fillIn(model, "Palm glide");
        assertThat(model.diagram().dragTo(1, new MapPoint(0.36, 0.5))).isTrue();
        assertThat(model.diagram().dragTo(1, new MapPoint(0.5, 0.5))).isFalse();
        assertThat(model.diagram().endDrag()).isTrue();
        assertThat(model.document().draft().points(Points.PATH).get(1)).isEqualTo(new MapPoint(0.36, 0.5));
        model.undo();
        assertThat(model.document().draft().points(Points.PATH).get(1)).as("one move, one undo")
                .isEqualTo(new MapPoint(0.32, 0.5));
    }

    @Test
    void theKeyboardCursorAddsRemovesAndClears() {
        model.diagram().setCursor(new MapPoint(0.3, 0.5));
        model.diagram().moveCursor(-1, 0, false);
        model.diagram().moveCursor(0, 1, true);
        assertThat(model.diagram().cursorProperty().get()).isEqualTo(new MapPoint(0.29, 0.55));
        model.diagram().addAtCursor();
        model.diagram().moveCursor(0, -1, true);
        model.diagram().addAtCursor();
        model.diagram().listProperty().set(Points.HANDS);
        model.diagram().addAtCursor();
        assertThat(model.document().draft().points(Points.HANDS)).containsExactly(new MapPoint(0.29, 0.5));
        assertThat(model.diagram().clear()).isEqualTo(1);
        model.diagram().listProperty().set(Points.PATH);
        assertThat(model.diagram().removeLast()).isTrue();
        assertThat(model.document().draft().points(Points.PATH)).containsExactly(new MapPoint(0.29, 0.55));
        model.undo();
        model.undo();
        assertThat(model.document().draft().points(Points.HANDS)).hasSize(1);
        assertThat(model.document().draft().points(Points.PATH)).hasSize(2);
    }

    @Test
    void aProfessionalNameIsRefusedAsTheCatalogRuleSaysIt() {
        fillIn(model, "Deep tissue massage");
        assertThat(messages()).anyMatch(m -> m.startsWith("home technique 'deep-tissue-massage' is named as "));
        assertThat(model.problemOf("name").get()).startsWith("home technique 'deep-tissue-massage' is named as ");

        model.save(() -> { });
        assertThat(model.saving().outcomeProperty().get()).isInstanceOf(TechniqueSaving.Outcome.Refused.class);
        assertThat(data.techniques()).doesNotExist();
    }

    @Test
    void professionalWordingInTheInstructionsIsRefused() {
        fillIn(model, "Palm glide");
        model.text(TechniqueField.INSTRUCTIONS).set("Knead the muscles deeply with your knuckles.");
        assertThat(model.problemOf("instructions").get()).startsWith("home technique 'palm-glide' guides ");
    }

    @Test
    void anIdThatShadowsABundledOneIsRefusedAndNeverOffered() {
        model.text(TechniqueField.NAME).set("Thumb glide");
        model.endTyping();
        assertThat(model.text(TechniqueField.ID).get()).isEqualTo("my-thumb-glide");

        model.text(TechniqueField.ID).set("thumb-glide");
        assertThat(model.problemOf("id").get()).isEqualTo("technique id 'thumb-glide' is a bundled technique; a "
                + "technique of your own may not replace a bundled one, so give it its own id, such as "
                + "'my-thumb-glide'");
        fillIn(model, "Thumb glide");
        model.save(() -> { });
        assertThat(model.saving().outcomeProperty().get().sentence()).startsWith("Not saved: fix the problem");
        assertThat(data.techniques().resolve("thumb-glide.json")).doesNotExist();
    }

    @Test
    void theSavedCatalogPassesValidateAndARoutineCanUseIt() throws IOException {
        fillIn(model, "Palm glide");
        boolean[] saved = {false};
        model.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        Path file = data.techniques().resolve("palm-glide.json");
        assertThat(model.saving().outcomeProperty().get().sentence()).isEqualTo("Saved as palm-glide.json in your "
                + "techniques folder. Routines can use it as 'palm-glide'.");
        assertThat(EasebackCommand.run("validate", "--data", root.toString(), file.toString())).isZero();

        Files.createDirectories(data.routines());
        Files.writeString(data.routines().resolve("my-glides.json"), """
                {"format": "easeback-routine/1", "id": "my-glides", "title": "My glides", "audience": "partner",
                 "steps": [{"kind": "technique", "technique": "palm-glide", "seconds": 30, "side": "each"},
                           {"kind": "check-in"}]}
                """);
        RoutineLibrary library = RoutineLibrary.load(data, SafetyRoutineRules.all(), CatalogSafety.rules());
        assertThat(library.broken()).isEmpty();
        assertThat(library.catalog().find("palm-glide").orElseThrow().diagram().path()).hasSize(3);
        assertThat(library.find("my-glides")).isPresent();
        assertThat(model.freshProperty().get()).as("the id is fixed once saved").isFalse();
        assertThat(model.edit(TechniqueField.ID, "other")).isFalse();
    }

    @Test
    void anExistingTechniqueKeepsItsIdAndSavesInPlace() throws IOException {
        fillIn(model, "Palm glide");
        model.save(() -> { });
        UserCatalogs user = CatalogSafety.userCatalogs(data);
        TechniqueDocument doc = TechniqueDocument.of(user.merged().find("palm-glide").orElseThrow(),
                data.techniques().resolve("palm-glide.json"), data);
        TechniqueEditorModel again = open(doc, false);
        assertThat(again.problems()).as("its own file is no clash").isEmpty();
        assertThat(again.edit(TechniqueField.ID, "renamed")).isFalse();
        again.text(TechniqueField.NAME).set("Palm glide, slow");
        again.save(() -> { });
        assertThat(Files.readString(data.techniques().resolve("palm-glide.json"))).contains("Palm glide, slow");
        try (var files = Files.list(data.techniques())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .as("saved in place, not as a second catalog").containsExactly("palm-glide.json");
        }
    }

    /** What validate says about the draft with {@code extra} at the end of its stroke. */
    private String validateSays(MapPoint extra) {
        ObjectNode technique = model.document().draft().tree();
        ArrayNode path = (ArrayNode) technique.get("diagram").get("path");
        path.addObject().put("x", extra.x()).put("y", extra.y());
        ObjectNode catalog = PrettyJson.object();
        catalog.put("$schema", RoutineKeys.CATALOG_SCHEMA_URL);
        catalog.put("format", TechniqueCatalog.FORMAT);
        catalog.putArray("techniques").add(technique);
        List<Diagnostic> found = new TechniqueCatalogLoader(CatalogSafety.rules())
                .load(PrettyJson.write(catalog), root.resolve("t.json")).diagnostics();
        assertThat(found).hasSize(1);
        return found.get(0).message();
    }
}
