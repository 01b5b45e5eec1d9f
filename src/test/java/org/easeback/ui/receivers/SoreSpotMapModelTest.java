package org.easeback.ui.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.easeback.profile.ReceiverRules;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.MapPoint;
import org.easeback.safety.BackMap;
import org.junit.jupiter.api.Test;

class SoreSpotMapModelTest {

    private final SoreSpotMapModel model = new SoreSpotMapModel();

    @Test
    void placingOnMuscleAddsAndSelectsTheSpot() {
        assertThat(model.place(new MapPoint(0.35, 0.5))).isTrue();

        assertThat(model.spots()).containsExactly(new SoreSpot(0.35, 0.5, ""));
        assertThat(model.selectedIndexProperty().get()).isZero();
        assertThat(model.refusalProperty().get()).isEmpty();
    }

    @Test
    void placingOnTheSpineIsRefusedWithTheSafetyModulesSentence() {
        assertThat(model.place(new MapPoint(0.5, 0.5))).isFalse();

        assertThat(model.spots()).isEmpty();
        assertThat(model.refusalProperty().get()).isEqualTo(BackMap.SPINE.refusal());
    }

    @Test
    void placingOnAHipBoneIsRefused() {
        assertThat(model.place(new MapPoint(0.05, 0.95))).isFalse();

        assertThat(model.spots()).isEmpty();
        assertThat(model.refusalProperty().get()).isEqualTo(BackMap.LEFT_ILIAC_CREST.refusal());
    }

    @Test
    void aGoodPlacementClearsTheLastRefusal() {
        model.place(new MapPoint(0.5, 0.5));
        model.place(new MapPoint(0.3, 0.5));

        assertThat(model.refusalProperty().get()).isEmpty();
    }

    @Test
    void arrowStepsMoveTheCursorAndEnterPlacesThere() {
        model.setCursor(new MapPoint(0.3, 0.5));
        model.moveCursor(2, -1);
        assertThat(model.cursorProperty().get()).isEqualTo(new MapPoint(0.34, 0.48));

        assertThat(model.placeAtCursor()).isTrue();
        assertThat(model.spots()).containsExactly(new SoreSpot(0.34, 0.48, ""));
    }

    @Test
    void theCursorOnTheSpineCannotPlaceASpot() {
        model.setCursor(new MapPoint(0.3, 0.5));
        model.moveCursor(10, 0);

        assertThat(model.cursorProperty().get().x()).isEqualTo(0.5);
        assertThat(model.placeAtCursor()).isFalse();
        assertThat(model.spots()).isEmpty();
        assertThat(model.refusalProperty().get()).isEqualTo(BackMap.SPINE.refusal());
    }

    @Test
    void theCursorStaysOnTheMap() {
        model.setCursor(new MapPoint(0.01, 0.99));
        model.moveCursor(-5, 5);

        assertThat(model.cursorProperty().get()).isEqualTo(new MapPoint(0, 1));
    }

    @Test
    void tabSelectsEachSpotThenLetsFocusMoveOn() {
        model.setAll(List.of(new SoreSpot(0.3, 0.4, ""), new SoreSpot(0.7, 0.4, "")));

        assertThat(model.selectNext()).isTrue();
        assertThat(model.selectedIndexProperty().get()).isZero();
        assertThat(model.selectNext()).isTrue();
        assertThat(model.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(model.cursorProperty().get()).isEqualTo(new MapPoint(0.7, 0.4));
        assertThat(model.selectNext()).isFalse();
        assertThat(model.selectedIndexProperty().get()).isEqualTo(-1);

        assertThat(model.selectPrevious()).isTrue();
        assertThat(model.selectedIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheSelectedSpotOnly() {
        model.setAll(List.of(new SoreSpot(0.3, 0.4, "a"), new SoreSpot(0.7, 0.4, "b")));
        model.select(0);

        assertThat(model.removeSelected()).isTrue();

        assertThat(model.spots()).containsExactly(new SoreSpot(0.7, 0.4, "b"));
        assertThat(model.selectedIndexProperty().get()).isZero();
    }

    @Test
    void movingASpotKeepsItsNoteButNeverOntoABone() {
        model.place(new MapPoint(0.3, 0.5));
        model.setSelectedNote("aches after sitting");

        assertThat(model.moveSelectedTo(new MapPoint(0.32, 0.6))).isTrue();
        assertThat(model.moveSelectedTo(new MapPoint(0.52, 0.6))).isFalse();

        assertThat(model.spots()).containsExactly(new SoreSpot(0.32, 0.6, "aches after sitting"));
        assertThat(model.refusalProperty().get()).isEqualTo(BackMap.SPINE.refusal());
    }

    @Test
    void aClickNearASpotFindsIt() {
        model.setAll(List.of(new SoreSpot(0.3, 0.4, ""), new SoreSpot(0.7, 0.4, "")));

        assertThat(model.spotNear(new MapPoint(0.71, 0.41))).isEqualTo(1);
        assertThat(model.spotNear(new MapPoint(0.5, 0.8))).isEqualTo(-1);
    }

    @Test
    void noMoreSpotsThanAReceiverMayHave() {
        for (int i = 0; i < ReceiverRules.MAX_SPOTS; i++) {
            assertThat(model.place(new MapPoint(0.2 + (i % 5) * 0.02, 0.3 + (i / 5) * 0.05))).isTrue();
        }

        assertThat(model.place(new MapPoint(0.7, 0.5))).isFalse();
        assertThat(model.spots()).hasSize(ReceiverRules.MAX_SPOTS);
        assertThat(model.refusalProperty().get()).contains("Remove one");
    }
}
