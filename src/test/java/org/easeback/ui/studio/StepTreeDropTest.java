package org.easeback.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.easeback.studio.StepPath;
import org.junit.jupiter.api.Test;

/** Where a step dragged in the tree lands, decided without a mouse (Monocle's drag and drop is not reliable). */
class StepTreeDropTest {

    private static StepOutline row(String kind, int... path) {
        return new StepOutline(StepPath.of(path), kind, kind, List.of());
    }

    @Test
    void ontoARepeatItGoesAtTheEndInsideIt() {
        StepOutline repeat = new StepOutline(StepPath.of(1), "repeat", "Repeat",
                List.of(row("check-in", 1, 0), row("technique", 1, 1)));
        assertThat(StepTree.Drop.onto(repeat, StepPath.of(0), false))
                .contains(new StepTree.Drop(StepPath.of(1), 2));
    }

    @Test
    void ontoAStepItGoesBeforeItOrAfterItOnItsLowerHalf() {
        assertThat(StepTree.Drop.onto(row("info", 1, 0), StepPath.of(3), false))
                .contains(new StepTree.Drop(StepPath.of(1), 0));
        assertThat(StepTree.Drop.onto(row("info", 1, 0), StepPath.of(3), true))
                .contains(new StepTree.Drop(StepPath.of(1), 1));
    }

    @Test
    void ontoTheRoutineItGoesLastAndNeverIntoItself() {
        StepOutline routine = new StepOutline(StepPath.ROUTINE, "routine", "Routine", List.of(row("info", 0),
                row("repeat", 1)));
        assertThat(StepTree.Drop.onto(routine, StepPath.of(0), false))
                .contains(new StepTree.Drop(StepPath.ROUTINE, 2));
        assertThat(StepTree.Drop.onto(row("info", 1, 0), StepPath.of(1), false)).isEmpty();
        assertThat(StepTree.Drop.onto(row("repeat", 1), StepPath.of(1), false)).isEmpty();
    }
}
