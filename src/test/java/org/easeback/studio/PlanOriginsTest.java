package org.easeback.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easeback.engine.PlanEntry;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.junit.jupiter.api.Test;

/** Every entry of the live plan leads back to the step it came from; inserted check-ins to none. */
class PlanOriginsTest {

    private static final Receiver SAM = new Receiver("Sam", "", List.of(), List.of(), Pressure.GENTLE,
            List.of(new SoreSpot(0.35, 0.5, ""), new SoreSpot(0.7, 0.4, ""), new SoreSpot(0.5, 0.5, "on the spine")));

    @Test
    void everyBundledRoutinesEntriesMapToStepsOfTheirKind() {
        for (Optional<Receiver> receiver : List.of(Optional.<Receiver>empty(), Optional.of(SAM))) {
            for (var file : StudioFixtures.bundledRoutines()) {
                RoutineDraft draft = StudioFixtures.open(file);
                DraftReport report = new DraftChecker(StudioFixtures.loader(), receiver, Map.of())
                        .check(DraftCheckRequest.of(1, draft, file));
                PlanPreview preview = report.plan().orElseThrow();
                for (PlanEntry e : preview.plan().entries()) {
                    Optional<StepPath> origin = preview.stepOf(e.index());
                    if (e.checkIn() && e.inserted()) {
                        assertThat(origin).isEmpty();
                        continue;
                    }
                    assertThat(origin).as(file + " entry " + e.index()).isPresent();
                    assertThat(draft.step(origin.get()).kind()).as(file + " entry " + e.index())
                            .isEqualTo(expectedKind(e));
                }
            }
        }
    }

    @Test
    void aPreviewCanStartAtTheFirstEntryOfAStepOrARepeat() {
        RoutineDraft draft = StudioFixtures.partnerShort();
        PlanPreview preview = new DraftChecker(StudioFixtures.loader(), Optional.of(SAM), Map.of())
                .check(DraftCheckRequest.of(1, draft, StudioFixtures.ROUTINES.resolve("partner-short.json")))
                .plan().orElseThrow();
        int first = preview.firstEntryOf(StepPath.of(4)).orElseThrow();
        assertThat(preview.plan().entry(first).technique()).contains(draft.step(StepPath.of(4)).field("technique"));
        assertThat(preview.firstEntryOf(StepPath.of(99))).isEmpty();
    }

    private static String expectedKind(PlanEntry e) {
        return switch (e.kind()) {
            case SORE_SPOT -> "sore-spots";
            case INFO -> e.title().equals("Sore-spot holds skipped") ? "sore-spots" : "info";
            case TECHNIQUE -> "technique";
            case CHECK_IN -> "check-in";
            case SETUP -> "setup";
            case OIL -> "oil";
        };
    }
}
