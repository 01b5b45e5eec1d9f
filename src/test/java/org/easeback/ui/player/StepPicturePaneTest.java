package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.easeback.engine.EntryKind;
import org.easeback.engine.EntryPicture;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.speech.BundledPlans;
import org.junit.jupiter.api.Test;

/** Step pictures travel from the routine into the plan, and resolve to the app's own assets, also in the jar. */
class StepPicturePaneTest {

    @Test
    void theShortPartnerRoutinesSetupStepsCarryTheirPictureAndItsWords() {
        Plan plan = BundledPlans.partnerShort();
        PlanEntry first = plan.entry(0);
        assertThat(first.kind()).isEqualTo(EntryKind.SETUP);
        assertThat(first.picture()).hasValueSatisfying(p -> {
            assertThat(p.path()).isEqualTo("../assets/pictures/positioning.png");
            assertThat(p.alt()).contains("face down");
        });
        assertThat(plan.entries().stream().filter(e -> e.kind().handsOn()).allMatch(e -> e.picture().isEmpty()))
                .isTrue();
        // Moving an entry keeps its picture.
        assertThat(first.withIndexAt(3, 9).withSay(java.util.Optional.of("x")).picture()).isEqualTo(first.picture());
    }

    @Test
    void bundledPicturesResolveToTheAppsResourcesAndAnythingElseToNothing() {
        assertThat(StepPicturePane.url("../assets/pictures/positioning.png"))
                .hasValueSatisfying(u -> assertThat(u).endsWith("assets/pictures/positioning.png"));
        assertThat(StepPicturePane.url("../assets/pictures/missing.png")).isEmpty();
        assertThat(StepPicturePane.url("../../etc/passwd")).isEmpty();
        assertThat(StepPicturePane.url("../assets")).isEmpty();
        assertThat(StepPicturePane.url("pictures/own.png")).isEmpty();
        assertThat(Path.of("assets/pictures/positioning.png")).exists();
    }

    @Test
    void aPictureFoundBesideAUserRoutineIsShownFromThatFile() {
        Path own = Path.of("assets/pictures/positioning.png").toAbsolutePath();
        assertThat(StepPicturePane.url(new EntryPicture("images/own.png", "", java.util.Optional.of(own))))
                .contains(own.toUri().toString());
        assertThat(StepPicturePane.url(new EntryPicture("images/own.png", ""))).isEmpty();
    }
}
