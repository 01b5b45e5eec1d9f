package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easeback.profile.ReceiverLoader;
import org.easeback.routine.LoadResult;
import org.easeback.routine.Routine;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.easeback.routine.MapPoint;
import org.easeback.studio.CatalogSafety;
import org.easeback.studio.DiagramPointJob;
import org.easeback.studio.SetFieldJob;
import org.easeback.studio.TechniqueDocument;
import org.easeback.studio.TechniqueDraft;
import org.easeback.studio.TechniqueField;
import org.easeback.studio.RoutineField;
import org.easeback.studio.StepPath;
import org.easeback.ui.kit.PreviewLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, the unsaved-changes question, reloading a file changed on disk, export, preview and techniques. */
class StudioFilesTest {

    @TempDir
    Path root;
    private StudioTestKit kit;
    private StudioViewModel vm;
    private final int[] went = {0};

    @BeforeEach
    void open() {
        kit = new StudioTestKit(root);
        vm = kit.blank();
        vm.routineField(RoutineField.TITLE).set("Evening back rub");
        vm.endTyping();
        vm.addStep("technique");
        vm.stepField("technique").set("oil-spread");
        vm.stepField("side").set("each");
        vm.addStep("check-in");
        vm.endTyping();
    }

    private void save() {
        vm.files().save(() -> went[0]++);
    }

    @Test
    void saveWritesAFileThatLoadsAndPassesValidate() throws Exception {
        save();
        assertThat(went[0]).isEqualTo(1);
        assertThat(vm.status().titleProperty().get()).isEqualTo("Evening back rub");
        assertThat(vm.status().dirtyProperty().get()).isFalse();
        Path file = vm.file();
        assertThat(file.getParent()).isEqualTo(kit.data.routines());
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"$schema\"").contains("\"id\": \"evening-back-rub\"");
        LoadResult<Routine> loaded = new RoutineLoader(CatalogSafety.userCatalogs(kit.data).merged(),
                SafetyRoutineRules.all()).load(Files.readAllBytes(file), file);
        assertThat(loaded.value()).hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("Evening back rub"));
        Validation.Report report = new Validation(() -> CatalogSafety.userCatalogs(kit.data).merged(),
                SafetyRoutineRules.all(), new ReceiverLoader()::validate).run(List.of(file));
        assertThat(report.allValid()).as(report.diagnostics().toString()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved to ");
    }

    @Test
    void leavingWithUnsavedEditsAsksSaveDiscardOrCancel() {
        kit.answers.queued.add(StudioQuestions.Unsaved.CANCEL);
        vm.trips().leave(() -> went[0]++);
        assertThat(went[0]).isZero();
        kit.answers.queued.add(StudioQuestions.Unsaved.SAVE);
        vm.trips().leave(() -> went[0]++);
        assertThat(went[0]).isEqualTo(1);
        assertThat(vm.file()).exists();
        assertThat(kit.answers.asked).containsExactly("unsaved Evening back rub", "unsaved Evening back rub");
        vm.trips().leave(() -> went[0]++);
        assertThat(went[0]).as("saved: nothing to ask").isEqualTo(2);
        vm.routineField(RoutineField.SUMMARY).set("A short one.");
        kit.answers.queued.add(StudioQuestions.Unsaved.DISCARD);
        vm.trips().leave(() -> went[0]++);
        assertThat(went[0]).isEqualTo(3);
        assertThat(vm.file()).content().doesNotContain("A short one.");
    }

    @Test
    void anUntouchedNewRoutineLeavesWithoutAQuestion() {
        StudioViewModel fresh = kit.blank();
        fresh.trips().leave(() -> went[0]++);
        assertThat(went[0]).isEqualTo(1);
        assertThat(kit.answers.asked).isEmpty();
    }

    @Test
    void aFileChangedOnDiskIsOfferedForReloadAndReloadingShowsIt() throws Exception {
        save();
        vm.files().checkDisk();
        assertThat(vm.files().reloadOfferedProperty().get()).isFalse();
        Files.writeString(vm.file(), Files.readString(vm.file()).replace("Evening back rub", "Changed elsewhere"));
        vm.files().checkDisk();
        assertThat(vm.files().reloadOfferedProperty().get()).isTrue();
        vm.files().reload();
        assertThat(vm.routineField(RoutineField.TITLE).get()).isEqualTo("Changed elsewhere");
        assertThat(vm.status().canUndoProperty().get()).as("the history starts again").isFalse();
        assertThat(vm.files().reloadOfferedProperty().get()).isFalse();
        assertThat(vm.outlineProperty().get()).hasSize(2);
    }

    @Test
    void keepingTheStudiosVersionStopsTheOfferUntilTheNextSave() throws Exception {
        save();
        Files.writeString(vm.file(), Files.readString(vm.file()).replace("Evening", "Morning"));
        vm.files().checkDisk();
        vm.files().keepMine();
        vm.files().checkDisk();
        assertThat(vm.files().reloadOfferedProperty().get()).isFalse();
    }

    @Test
    void savingOverAFileChangedOnDiskAsksAndOverwritesOrReloads() throws Exception {
        save();
        Files.writeString(vm.file(), Files.readString(vm.file()).replace("Evening back rub", "Theirs"));
        vm.routineField(RoutineField.SUMMARY).set("Mine.");
        kit.answers.queued.add(StudioQuestions.ChangedOnDisk.OVERWRITE);
        save();
        assertThat(vm.file()).content().contains("Mine.").doesNotContain("Theirs");
        Files.writeString(vm.file(), Files.readString(vm.file()).replace("Evening back rub", "Theirs again"));
        vm.routineField(RoutineField.SUMMARY).set("Mine again.");
        kit.answers.queued.add(StudioQuestions.ChangedOnDisk.RELOAD);
        save();
        assertThat(vm.routineField(RoutineField.TITLE).get()).isEqualTo("Theirs again");
        assertThat(vm.file()).content().doesNotContain("Mine again.");
    }

    @Test
    void editsMadeWhileASaveIsWrittenStayUnsaved() {
        org.easeback.ui.kit.DeferredBackgroundTasks later = new org.easeback.ui.kit.DeferredBackgroundTasks();
        kit = new StudioTestKit(root.resolve("other"), later);
        vm = kit.blank();
        vm.routineField(RoutineField.TITLE).set("First");
        vm.endTyping();
        later.runAll();
        save();
        vm.routineField(RoutineField.TITLE).set("Second");
        later.runAll();
        assertThat(vm.file()).content(StandardCharsets.UTF_8).contains("First");
        assertThat(vm.status().dirtyProperty().get()).isTrue();
        assertThat(vm.status().titleProperty().get()).isEqualTo("Second \u2022 unsaved");
    }

    @Test
    void exportAsksForASaveFirstThenWritesASharedFile() throws Exception {
        Path target = root.resolve("evening.share.json");
        vm.files().export(target);
        assertThat(target).doesNotExist();
        assertThat(vm.messageProperty().get()).startsWith("Save the routine first");
        save();
        vm.files().export(target);
        assertThat(target).content().contains("\"format\"").contains("evening-back-rub");
        assertThat(vm.files().exportName()).isEqualTo("evening-back-rub.share.json");
    }

    @Test
    void previewPlaysFromTheSelectedStepAndComesBackToTheStepItStoppedAt() {
        vm.selectedProperty().set(StepPath.of(1));
        int[] shown = {0};
        vm.trips().preview(PreviewLauncher.Speed.TWENTY, () -> shown[0]++);
        StudioTestKit.PreviewCall call = kit.previews.get(0);
        assertThat(call.speed()).isEqualTo(PreviewLauncher.Speed.TWENTY);
        assertThat(call.plan().entries().get(call.fromEntry())).as("the written check-in, after both sides")
                .satisfies(e -> assertThat(e.checkIn() && !e.inserted()).isTrue());
        assertThat(call.plan().entries().get(call.fromEntry() - 1).secondSide()).isTrue();
        call.back().accept(0);
        assertThat(shown[0]).isEqualTo(1);
        assertThat(vm.selectedProperty().get()).isEqualTo(StepPath.of(0));
    }

    @Test
    void previewSaysWhyNotWhenTheDraftHasErrors() {
        vm.stepField("prompt").set("");
        vm.selectedProperty().set(StepPath.of(0));
        vm.stepField("technique").set("no-such-technique");
        vm.trips().preview(PreviewLauncher.Speed.REAL, () -> { });
        assertThat(kit.previews).isEmpty();
        assertThat(vm.messageProperty().get()).contains("errors");
    }

    private void writeATechniqueAsTheEditorWould(String id) throws Exception {
        TechniqueDocument technique = TechniqueDocument.blank(kit.data);
        TechniqueDraft t = technique.draft();
        technique.history().execute(SetFieldJob.of(t, TechniqueField.ID, id));
        technique.history().execute(SetFieldJob.of(t, TechniqueField.NAME, "My oil spread"));
        technique.history().execute(SetFieldJob.of(t, TechniqueField.INSTRUCTIONS, "Spread slowly."));
        for (MapPoint p : new MapPoint[] {new MapPoint(0.3, 0.7), new MapPoint(0.35, 0.5)}) {
            technique.history().execute(((DiagramPointJob.Edit.Allowed) DiagramPointJob.add(t,
                    TechniqueDraft.Points.PATH, t.points(TechniqueDraft.Points.PATH).size(), p)).job());
        }
        technique.save();
    }

    @Test
    void aTechniqueWrittenInTheEditorCanBeChosenOnceBack() throws Exception {
        vm.trips().newTechnique(() -> went[0]++);
        assertThat(kit.techniques.opened).containsExactly("new");
        writeATechniqueAsTheEditorWould("my-oil-spread");
        kit.techniques.back.run();
        assertThat(went[0]).isEqualTo(1);
        assertThat(vm.techniques()).extracting(t -> t.id()).contains("my-oil-spread");
        vm.selectedProperty().set(StepPath.of(0));
        vm.stepField("technique").set("my-oil-spread");
        assertThat(vm.userTechniqueChosenProperty().get()).isTrue();
        vm.trips().editTechnique(() -> { });
        assertThat(kit.techniques.opened).containsExactly("new", "my-oil-spread");
    }
}
