package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.DraftDiagnostic;
import org.easeback.studio.RoutineField;
import org.easeback.studio.StepPath;
import org.easeback.ui.kit.DeferredBackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit of the studio through its view model, with no scene: applied at once, undone, redone, checked. */
class StudioViewModelTest {

    @TempDir
    Path root;
    private StudioTestKit kit;
    private StudioViewModel vm;

    @BeforeEach
    void open() {
        kit = new StudioTestKit(root);
        vm = kit.blank();
    }

    /** Title, id from the title, and one technique step: a routine that checks clean. */
    private void writeASmallRoutine() {
        vm.routineField(RoutineField.TITLE).set("Evening back rub");
        vm.endTyping();
        vm.addStep("technique");
        vm.stepField("technique").set("oil-spread");
        vm.endTyping();
    }

    private List<String> labels() {
        return flatten(vm.outlineProperty().get());
    }

    private static List<String> flatten(List<StepOutline> rows) {
        return rows.stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.label()),
                flatten(r.children()).stream().map(c -> "  " + c))).toList();
    }

    private List<String> messages() {
        return vm.checks().diagnostics().stream().map(DraftDiagnostic::message).toList();
    }

    private List<String> validate(Path file) {
        return new Validation(() -> CatalogSafety.userCatalogs(kit.data).merged(), SafetyRoutineRules.all(),
                new ReceiverLoader()::validate).run(List.of(file)).diagnostics().stream().map(Diagnostic::message)
                .toList();
    }

    @Test
    void aRoutineFieldIsSetAtOnceUndoneAndRedoneAndTheTitleSaysUnsaved() {
        assertThat(vm.status().titleProperty().get()).isEqualTo("New routine");
        assertThat(vm.status().dirtyProperty().get()).isFalse();
        vm.routineField(RoutineField.TITLE).set("E");
        vm.routineField(RoutineField.TITLE).set("Evening");
        assertThat(vm.status().titleProperty().get()).isEqualTo("Evening \u2022 unsaved");
        assertThat(vm.status().undoTextProperty().get()).isEqualTo("Undo Set title");
        vm.undo();
        assertThat(vm.routineField(RoutineField.TITLE).get()).as("typing in one field is one undo step").isEmpty();
        assertThat(vm.status().dirtyProperty().get()).isFalse();
        assertThat(vm.status().canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(vm.routineField(RoutineField.TITLE).get()).isEqualTo("Evening");
    }

    @Test
    void leavingTheTitleGivesAnEmptyIdOneMadeFromItAsItsOwnUndoStep() {
        vm.routineField(RoutineField.TITLE).set("Evening back rub!");
        vm.endTyping();
        assertThat(vm.routineField(RoutineField.ID).get()).isEqualTo("evening-back-rub");
        assertThat(vm.status().undoTextProperty().get()).isEqualTo("Undo Set id");
        vm.undo();
        assertThat(vm.routineField(RoutineField.ID).get()).isEmpty();
        assertThat(vm.routineField(RoutineField.TITLE).get()).isEqualTo("Evening back rub!");
    }

    @Test
    void everyRoutineFieldOfTheFormIsAnUndoableEdit() {
        vm.routineField(RoutineField.ID).set("kept"); // so that leaving the title does not also fill in the id
        for (RoutineField f : StudioViewModel.FORM) {
            String before = vm.routineField(f).get();
            vm.routineField(f).set(f == RoutineField.CHECK_IN_EVERY_SECONDS ? "240" : "x-" + f.jsonName());
            vm.endTyping();
            assertThat(vm.status().undoTextProperty().get()).startsWith("Undo Set ");
            vm.undo();
            assertThat(vm.routineField(f).get()).as(f.name()).isEqualTo(before);
        }
    }

    @Test
    void everyKindOfStepIsAddedAfterTheSelectedOneAndSelected() {
        for (String kind : StudioWording.KINDS) {
            vm.addStep(kind);
            assertThat(vm.selectedKindProperty().get()).isEqualTo(kind);
        }
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactlyElementsOf(StudioWording.KINDS);
        assertThat(labels()).contains("1. Technique: 60 s, both sides", "3. Repeat: 2 times", "  3.1. Check-in");
        vm.selectedProperty().set(StepPath.of(0));
        vm.addStep("info");
        assertThat(vm.outlineProperty().get().get(1).kind()).isEqualTo("info");
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(1));
        vm.undo();
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactlyElementsOf(StudioWording.KINDS);
    }

    @Test
    void aStepGoesInsideASelectedRepeatAndItsFieldsAreEditable() {
        vm.addStep("repeat");
        vm.addStepInside("technique");
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(0, 1));
        vm.stepField("technique").set("thumb-glide");
        vm.stepField("seconds").set("45");
        assertThat(labels()).containsExactly("1. Repeat: 2 times", "  1.1. Check-in",
                "  1.2. Technique: Thumb glide, 45 s, both sides");
        vm.endTyping();
        vm.undo();
        assertThat(vm.stepField("seconds").get()).isEqualTo("60");
        assertThat(vm.stepField("technique").get()).isEqualTo("thumb-glide");
    }

    @Test
    void duplicateRemoveAndMoveAreEditsThatUndo() {
        vm.addStep("technique");
        vm.stepField("technique").set("thumb-glide");
        vm.addStep("check-in");
        vm.selectedProperty().set(StepPath.of(0));
        vm.duplicateSelected();
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(1));
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactly("technique", "technique", "check-in");
        vm.moveSelectedDown();
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(2));
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactly("technique", "check-in", "technique");
        vm.moveSelectedUp();
        vm.moveSelectedUp();
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactly("technique", "technique", "check-in");
        vm.selectedProperty().set(StepPath.of(2));
        vm.removeSelected();
        assertThat(vm.outlineProperty().get()).hasSize(2);
        assertThat(vm.selectedProperty().get()).as("the step before takes the selection").isEqualTo(StepPath.of(1));
        vm.undo();
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind)
                .containsExactly("technique", "technique", "check-in");
        vm.redo();
        assertThat(vm.outlineProperty().get()).hasSize(2);
    }

    @Test
    void aDropMovesAStepIntoARepeatAndUndoPutsItBack() {
        vm.addStep("technique");
        vm.addStep("repeat");
        vm.drop(StepPath.of(0), StepPath.of(1), 0);
        assertThat(vm.outlineProperty().get()).singleElement().satisfies(r -> assertThat(r.children())
                .extracting(StepOutline::kind).containsExactly("technique", "check-in"));
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(0, 0));
        vm.undo();
        assertThat(vm.outlineProperty().get()).extracting(StepOutline::kind).containsExactly("technique", "repeat");
    }

    @Test
    void aBlankRoutineSaysWhatToFillInAndASmallOneChecksCleanWithALivePlan() {
        assertThat(messages()).contains("missing required field 'title'; add text of 1 to 120 characters");
        writeASmallRoutine();
        assertThat(messages()).isEmpty();
        assertThat(vm.checks().planRows()).isNotEmpty();
        assertThat(vm.checks().planSummaryProperty().get()).startsWith("Total 1:00 · hands-on 1:00")
                .contains("allowed between check-ins");
    }

    @Test
    void aStepOnEachSideShowsInThePlanAsLeftThenRight() {
        writeASmallRoutine();
        vm.stepField("side").set("each");
        assertThat(vm.checks().planRows()).extracting(PlanRow::text).filteredOn(t -> !t.startsWith("Check-in"))
                .hasSize(2).allMatch(t -> t.endsWith("left side") || t.endsWith("right side"));
    }

    @Test
    void aLongStretchGetsAnInsertedCheckInMarkedInThePlan() {
        writeASmallRoutine();
        vm.stepField("seconds").set("400");
        assertThat(vm.checks().planRows()).anySatisfy(r -> {
            assertThat(r.inserted()).isTrue();
            assertThat(r.text()).startsWith("Check-in, added: ");
        });
    }

    @Test
    void aProfessionalTechniqueIsRefusedLiveInValidatesWordsAtItsField() throws Exception {
        writeASmallRoutine();
        vm.stepField("technique").set("deep-tissue");
        assertThat(vm.checks().messagesAt(StepPath.of(0), "technique")).singleElement()
                .satisfies(m -> assertThat(m).contains("professional"));
        assertThat(vm.checks().planProperty().get()).isEmpty();
        assertThat(vm.checks().hasErrorWithin(StepPath.of(0))).isTrue();
        Path file = Files.write(root.resolve("same-bytes.json"), vm.document().prepareSave().bytes());
        assertThat(messages()).isNotEmpty().containsExactlyElementsOf(validate(file));
    }

    @Test
    void anEssentialOilDirectlyOnTheSkinIsRefusedLiveInValidatesWords() throws Exception {
        writeASmallRoutine();
        vm.addStep("info");
        vm.stepField("title").set("Oil");
        vm.stepField("instructions").set("Apply lavender essential oil directly to the skin.");
        assertThat(messages()).singleElement().satisfies(m -> assertThat(m).contains("essential oil"));
        Path file = Files.write(root.resolve("same-bytes.json"), vm.document().prepareSave().bytes());
        assertThat(messages()).containsExactlyElementsOf(validate(file));
    }

    @Test
    void eachFieldTypedInIsItsOwnUndoStepOnceFocusLeftIt() {
        writeASmallRoutine();
        vm.addStep("info");
        for (String t : new String[] {"R", "Re", "Rest a moment"}) {
            vm.stepField("title").set(t);
        }
        vm.endTyping();
        for (String t : new String[] {"A", "Apply", "Apply oil."}) {
            vm.stepField("instructions").set(t);
        }
        vm.endTyping();
        vm.stepField("title").set("Rest a moment now");
        vm.undo();
        assertThat(vm.stepField("title").get()).isEqualTo("Rest a moment");
        vm.undo();
        assertThat(vm.stepField("instructions").get()).isEmpty();
        assertThat(vm.stepField("title").get()).isEqualTo("Rest a moment");
    }

    @Test
    void listenersOfTheDiagnosticsKeepHearingAfterAGarbageCollection() {
        int[] heard = {0};
        vm.checks().diagnostics().addListener((javafx.collections.ListChangeListener<DraftDiagnostic>) c -> heard[0]++);
        vm.checks().planRows().addListener((javafx.collections.ListChangeListener<PlanRow>) c -> heard[0]++);
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        writeASmallRoutine();
        assertThat(heard[0]).isGreaterThan(2);
    }

    @Test
    void typingNeverWaitsForTheCheck() {
        DeferredBackgroundTasks later = new DeferredBackgroundTasks();
        kit = new StudioTestKit(root, later);
        vm = new StudioViewModel(org.easeback.studio.RoutineDocument.blank(kit.data), StudioCatalog.load(kit.data),
                kit.context(), true);
        later.runAll();
        List<String> before = messages();
        vm.routineField(RoutineField.TITLE).set("Evening");
        assertThat(vm.status().titleProperty().get()).startsWith("Evening");
        assertThat(messages()).as("the check has not run yet").isEqualTo(before);
        assertThat(later.pending()).isPositive();
        later.runAll();
        assertThat(messages()).doesNotContain("missing required field 'title'; add text of 1 to 120 characters");
    }
}
