package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every edit of the studio, its undo and its redo, on a draft with no screen. */
class StudioJobsTest {

    /** setup, technique, repeat [check-in, technique], info. */
    private static RoutineDraft sample() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        h.execute(AddStepJob.newStep(d, StepPath.of(0), "setup"));
        h.execute(AddStepJob.newStep(d, StepPath.of(1), "technique"));
        h.execute(AddStepJob.newStep(d, StepPath.of(2), "repeat"));
        h.execute(AddStepJob.newStep(d, StepPath.of(2, 1), "technique"));
        h.execute(AddStepJob.newStep(d, StepPath.of(3), "info"));
        return d;
    }

    private static List<String> kinds(RoutineDraft d) {
        return EditScript.paths(d).stream().map(p -> p.number() + ":" + d.step(p).kind()).toList();
    }

    @Test
    void settingARoutineFieldUndoesAndRedoes() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "Evening"));
        assertThat(d.get(RoutineField.TITLE)).isEqualTo("Evening");
        assertThat(h.undoDescription()).contains("Set title");
        h.undo();
        assertThat(d.get(RoutineField.TITLE)).isEmpty();
        assertThat(h.redoDescription()).contains("Set title");
        h.redo();
        assertThat(d.get(RoutineField.TITLE)).isEqualTo("Evening");
    }

    @Test
    void typingInOneFieldIsOneUndoStepUntilTheTrainerLeavesTheField() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        for (String typed : List.of("E", "Ev", "Eve")) {
            h.execute(SetFieldJob.of(d, RoutineField.TITLE, typed));
        }
        h.execute(SetFieldJob.of(d, RoutineField.AUTHOR, "Jo"));
        h.execute(SetFieldJob.of(d, RoutineField.AUTHOR, "Jo S"));
        h.endTyping();
        h.execute(SetFieldJob.of(d, RoutineField.AUTHOR, "Jo Smith"));
        h.undo();
        assertThat(d.get(RoutineField.AUTHOR)).isEqualTo("Jo S");
        h.undo();
        assertThat(d.get(RoutineField.AUTHOR)).isEmpty();
        assertThat(d.get(RoutineField.TITLE)).isEqualTo("Eve");
        h.undo();
        assertThat(d.get(RoutineField.TITLE)).isEmpty();
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void typingTheSameTextAgainIsNoEdit() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        assertThat(h.execute(SetFieldJob.of(d, RoutineField.AUDIENCE, "partner"))).isFalse();
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void theSavedMarkSaysWhetherClosingMustAsk() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        assertThat(h.dirty()).isFalse();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "A"));
        assertThat(h.dirty()).isTrue();
        h.markSaved();
        assertThat(h.dirty()).isFalse();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "AB"));
        assertThat(h.dirty()).isTrue();
        h.undo();
        assertThat(h.dirty()).isFalse();
        h.undo();
        assertThat(h.dirty()).isTrue();
        h.redo();
        assertThat(h.dirty()).isFalse();
        h.undo();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "A"));
        assertThat(h.dirty()).as("the same text by another road is still a change since saving").isTrue();
    }

    @Test
    void typingRightAfterASaveStartsANewUndoStep() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "A"));
        h.markSaved();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "AB"));
        h.undo();
        assertThat(d.get(RoutineField.TITLE)).isEqualTo("A");
    }

    @Test
    void listenersHearEveryChange() {
        JobHistory h = new JobHistory();
        int[] calls = {0};
        h.addListener(() -> calls[0]++);
        RoutineDraft d = RoutineDraft.blank();
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "A"));
        h.undo();
        h.redo();
        h.markSaved();
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    void addingStepsStartsThemWithUsefulFieldsAndARepeatWithACheckIn() {
        RoutineDraft d = sample();
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:repeat", "3.1:check-in", "3.2:technique",
                "4:info");
        assertThat(d.step(StepPath.of(1)).fields()).isEqualTo(Map.of("seconds", "60", "side", "both"));
        assertThat(d.step(StepPath.of(2)).field("times")).isEqualTo("2");
    }

    @Test
    void settingAStepFieldUndoesAndRedoesAndRefusesAFieldTheKindHasNot() {
        RoutineDraft d = sample();
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, StepPath.of(2, 1), "technique", "thumb-glide"));
        assertThat(h.undoDescription()).contains("Set technique of step 3.2");
        assertThat(d.step(StepPath.of(2, 1)).field("technique")).isEqualTo("thumb-glide");
        h.undo();
        assertThat(d.step(StepPath.of(2, 1)).field("technique")).isEmpty();
        h.redo();
        assertThat(d.step(StepPath.of(2, 1)).field("technique")).isEqualTo("thumb-glide");
        assertThatThrownBy(() -> SetFieldJob.of(d, StepPath.of(0), "technique", "x"))
                .hasMessageContaining("a setup step has no field 'technique'");
    }

    @Test
    void removingARepeatRemovesItsStepsAndUndoPutsThemBack() {
        RoutineDraft d = sample();
        String before = StudioFixtures.text(d);
        JobHistory h = new JobHistory();
        h.execute(RemoveStepJob.of(d, StepPath.of(2)));
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:info");
        h.undo();
        assertThat(StudioFixtures.text(d)).isEqualTo(before);
        h.redo();
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:info");
    }

    @Test
    void duplicatingPutsADeepCopyRightAfterTheStep() {
        RoutineDraft d = sample();
        JobHistory h = new JobHistory();
        h.execute(AddStepJob.duplicate(d, StepPath.of(2)));
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:repeat", "3.1:check-in", "3.2:technique",
                "4:repeat", "4.1:check-in", "4.2:technique", "5:info");
        h.execute(SetFieldJob.of(d, StepPath.of(3, 1), "seconds", "30"));
        assertThat(d.step(StepPath.of(2, 1)).field("seconds")).as("the copy is its own").isEqualTo("60");
        h.undo();
        h.undo();
        assertThat(kinds(d)).hasSize(6);
    }

    @Test
    void altUpEntersTheRepeatAboveAtItsEndAndLeavesARepeatFromItsFirstStep() {
        RoutineDraft d = sample();
        JobHistory h = new JobHistory();
        h.execute(MoveStepJob.up(d, StepPath.of(3)).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:repeat", "3.1:check-in", "3.2:technique",
                "3.3:info");
        h.execute(MoveStepJob.up(d, StepPath.of(2, 0)).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:setup", "2:technique", "3:check-in", "4:repeat", "4.1:technique",
                "4.2:info");
        assertThat(h.undoDescription()).contains("Move step 3.1 out of the repeat");
        assertThat(MoveStepJob.up(d, StepPath.of(0))).as("nothing above the first step").isEmpty();
        h.undo();
        h.undo();
        assertThat(StudioFixtures.text(d)).isEqualTo(StudioFixtures.text(sample()));
    }

    @Test
    void altDownEntersTheRepeatBelowAtItsStartAndLeavesARepeatFromItsLastStep() {
        RoutineDraft d = sample();
        JobHistory h = new JobHistory();
        h.execute(MoveStepJob.down(d, StepPath.of(1)).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:setup", "2:repeat", "2.1:technique", "2.2:check-in",
                "2.3:technique", "3:info");
        h.execute(MoveStepJob.down(d, StepPath.of(1, 2)).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:setup", "2:repeat", "2.1:technique", "2.2:check-in",
                "3:technique", "4:info");
        assertThat(MoveStepJob.down(d, StepPath.of(3))).as("nothing below the last step").isEmpty();
        h.undo();
        h.undo();
        assertThat(StudioFixtures.text(d)).isEqualTo(StudioFixtures.text(sample()));
    }

    @Test
    void droppingMovesAStepAnywhereButIntoItself() {
        RoutineDraft d = sample();
        JobHistory h = new JobHistory();
        h.execute(MoveStepJob.drop(d, StepPath.of(0), StepPath.of(2), 1).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:technique", "2:repeat", "2.1:check-in", "2.2:setup",
                "2.3:technique", "3:info");
        assertThat(MoveStepJob.drop(d, StepPath.of(1), StepPath.of(1), 0)).isEmpty();
        assertThat(MoveStepJob.drop(d, StepPath.of(0), StepPath.ROUTINE, 0)).as("where it already is").isEmpty();
        h.execute(MoveStepJob.drop(d, StepPath.of(0), StepPath.ROUTINE, 3).orElseThrow());
        assertThat(kinds(d)).containsExactly("1:repeat", "1.1:check-in", "1.2:setup", "1.3:technique", "2:info",
                "3:technique");
        h.undo();
        h.undo();
        assertThat(StudioFixtures.text(d)).isEqualTo(StudioFixtures.text(sample()));
    }
}
