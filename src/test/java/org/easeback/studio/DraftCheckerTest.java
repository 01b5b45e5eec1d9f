package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.easeback.engine.EntryKind;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.Validation;
import org.easeback.safety.SafetyRoutineRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live diagnostics with validate's words, at the field they are about, and the live plan. */
class DraftCheckerTest {

    private static final Path FILE = Path.of("my-routine.json");

    private static DraftChecker checker() {
        return new DraftChecker(StudioFixtures.loader(), Optional.empty(), Map.of());
    }

    private static DraftReport check(RoutineDraft d) {
        return checker().check(DraftCheckRequest.of(1, d, FILE));
    }

    @Test
    void aValidDraftHasAPlanWithInsertedCheckInsTotalAndHandsOnTimeBetweenCheckIns() {
        DraftReport report = check(StudioFixtures.partnerShort());
        assertThat(report.diagnostics()).isEmpty();
        PlanPreview plan = report.plan().orElseThrow();
        assertThat(plan.totalSeconds()).isEqualTo(plan.plan().totalSeconds()).isPositive();
        assertThat(plan.handsOnSeconds()).isEqualTo(plan.plan().entries().stream()
                .filter(e -> e.kind().handsOn()).mapToInt(e -> e.seconds().orElse(0)).sum());
        assertThat(plan.longestStretchSeconds()).isLessThanOrEqualTo(plan.checkInLimitSeconds());
        assertThat(plan.stretches().stream().mapToInt(HandsOnStretch::handsOnSeconds).sum())
                .isEqualTo(plan.handsOnSeconds());
        assertThat(plan.insertedCheckIns()).isEqualTo((int) plan.plan().entries().stream()
                .filter(e -> e.kind() == EntryKind.CHECK_IN && e.inserted()).count());
    }

    @Test
    void aCheckInIsInsertedAndMarkedWhenTheDraftHasTooLongWithoutOne() {
        RoutineDraft d = RoutineDraft.blank();
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, RoutineField.ID, "long"));
        h.execute(SetFieldJob.of(d, RoutineField.TITLE, "Long"));
        h.execute(AddStepJob.newStep(d, StepPath.of(0), "technique"));
        h.execute(SetFieldJob.of(d, StepPath.of(0), "technique", "thumb-glide"));
        h.execute(SetFieldJob.of(d, StepPath.of(0), "seconds", "300"));
        PlanPreview plan = check(d).plan().orElseThrow();
        assertThat(plan.insertedCheckIns()).isPositive();
        assertThat(plan.stretches()).extracting(HandsOnStretch::handsOnSeconds).containsExactly(60, 180, 60);
    }

    @Test
    void diagnosticsAreValidatesWordsAtTheFieldTheyAreAbout(@TempDir Path dir) throws Exception {
        RoutineDraft d = StudioFixtures.partnerShort();
        JobHistory h = new JobHistory();
        h.execute(SetFieldJob.of(d, RoutineField.CHECK_IN_EVERY_SECONDS, "900"));
        h.execute(SetFieldJob.of(d, StepPath.of(4), "technique", "deep-tissue"));
        h.execute(SetFieldJob.of(d, StepPath.of(6), "seconds", "ninety"));
        DraftReport report = check(d);
        assertThat(report.plan()).isEmpty();
        assertThat(report.diagnostics()).extracting(DraftDiagnostic::location).containsExactly(
                new DraftLocation(StepPath.ROUTINE, "checkInEverySeconds"),
                new DraftLocation(StepPath.of(4), "technique"),
                new DraftLocation(StepPath.of(6), "seconds"));
        Path file = dir.resolve("my-routine.json");
        java.nio.file.Files.write(file, DraftWriter.write(d));
        List<String> validate = Validation.withBundledCatalog(SafetyRoutineRules.all(), new org.easeback.profile.ReceiverLoader()::fromTree).run(List.of(file))
                .diagnostics().stream().map(Diagnostic::message).toList();
        assertThat(report.diagnostics()).extracting(DraftDiagnostic::message).containsExactlyElementsOf(validate);
        assertThat(validate).anyMatch(m -> m.contains("professional-only"));
    }

    @Test
    void aSafetyRefusalReadsAsInValidateAndMarksTheStep() {
        RoutineDraft d = StudioFixtures.partnerShort();
        new JobHistory().execute(SetFieldJob.of(d, StepPath.of(3), "instructions",
                "Apply lavender essential oil directly to the skin."));
        DraftReport report = check(d);
        assertThat(report.diagnostics()).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo(new DraftLocation(StepPath.of(3), ""));
            assertThat(x.message()).contains("essential oil");
        });
        assertThat(report.at(StepPath.of(3))).hasSize(1);
    }

    @Test
    void aBlankDraftSaysWhatToFillIn() {
        DraftReport report = check(RoutineDraft.blank());
        assertThat(report.diagnostics()).extracting(DraftDiagnostic::message).containsExactly(
                "missing required field 'id'; add 1 to 64 characters of a-z, 0-9 and '-'",
                "missing required field 'title'; add text of 1 to 120 characters",
                "'steps' must not be empty");
        assertThat(report.diagnostics().get(2).location()).isEqualTo(new DraftLocation(StepPath.ROUTINE, "steps"));
    }

    @Test
    void anIdAnotherRoutineOfTheLibraryUsesIsADiagnosticAtTheId() {
        DraftChecker checker = new DraftChecker(StudioFixtures.loader(), Optional.empty(),
                Map.of("partner-short", Path.of("routines/partner-short.json")));
        DraftReport report = checker.check(DraftCheckRequest.of(1, StudioFixtures.partnerShort(), FILE));
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("routine id 'partner-short' is already used by routines/partner-short.json");
            assertThat(d.location()).isEqualTo(new DraftLocation(StepPath.ROUTINE, "id"));
        });
    }

    @Test
    void theServiceDeliversOnlyTheAnswerToTheNewestRequest() {
        List<Runnable> queue = new ArrayList<>();
        Executor worker = queue::add;
        List<DraftReport> delivered = new ArrayList<>();
        DraftCheckService service = new DraftCheckService(checker(), worker, delivered::add);
        RoutineDraft d = StudioFixtures.partnerShort();
        service.draftChanged(d, FILE);
        new JobHistory().execute(SetFieldJob.of(d, RoutineField.TITLE, ""));
        service.draftChanged(d, FILE);
        assertThat(queue).as("one worker task at a time").hasSize(1);
        queue.remove(0).run();
        assertThat(delivered).singleElement().satisfies(r -> {
            assertThat(r.request()).isEqualTo(2);
            assertThat(r.diagnostics()).extracting(DraftDiagnostic::message)
                    .containsExactly("missing required field 'title'; add text of 1 to 120 characters");
        });
    }

    @Test
    void aRequestArrivingWhileTheWorkerRunsIsCheckedNextAndTheOlderAnswerDropped() {
        List<DraftCheckRequest> seen = new ArrayList<>();
        List<Long> delivered = new ArrayList<>();
        LatestRequestRunner<DraftCheckRequest>[] self = new LatestRequestRunner[1];
        RoutineDraft d = StudioFixtures.partnerShort();
        self[0] = new ExecutorLatestRequestRunner<>(Runnable::run, r -> {
            seen.add(r);
            if (r.sequence() == 1) {
                self[0].submit(DraftCheckRequest.of(2, d, FILE)); // typed while the first was being checked
            }
            return r.sequence();
        }, delivered::add);
        self[0].submit(DraftCheckRequest.of(1, d, FILE));
        assertThat(seen).extracting(DraftCheckRequest::sequence).containsExactly(1L, 2L);
        assertThat(delivered).containsExactly(2L);
    }
}
