package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackMapTest {

    @Test
    void aSpotOnTheSpineIsRefusedWithTheUserMessage() {
        assertThat(BackMap.refusal(new MapPoint(0.52, 0.5))).hasValue("This point is on the spine. "
                + "Never press on the spine: pressure there can cause more discomfort or worsen an injury. "
                + "Choose a point on the muscles beside the spine instead.");
    }

    @ParameterizedTest(name = "{0} at ({1}, {2})")
    @CsvSource({
            "sacrum, 0.40, 0.97",
            "sacrum, 0.62, 0.99",
            "iliac-crest, 0.05, 0.90",
            "iliac-crest, 0.95, 0.90",
            "lower-ribs, 0.05, 0.05",
            "lower-ribs, 0.90, 0.02"})
    void eachBonyZoneIsRefusedSayingWhyAndWhereToPressInstead(String zone, double x, double y) {
        MapPoint p = new MapPoint(x, y);

        assertThat(BackMap.zoneAt(p)).hasValueSatisfying(z -> assertThat(z.name()).isEqualTo(zone));
        assertThat(BackMap.refusal(p)).hasValueSatisfying(m -> assertThat(m)
                .contains("Never press on a bone").contains("the muscles beside the spine"));
        assertThat(BackMap.zoneAt(p).orElseThrow().rule()).isEqualTo(SafetyRule.BONE_NO_PRESSURE);
    }

    @ParameterizedTest(name = "({0}, {1})")
    @CsvSource({"0.40, 0.50", "0.60, 0.20", "0.36, 0.55", "0.42, 0.85", "0.05, 0.50", "0.30, 0.88"})
    void musclesBesideTheSpineAndTheFlanksAreAccepted(double x, double y) {
        assertThat(BackMap.refusal(new MapPoint(x, y))).isEmpty();
    }

    @Test
    void pointsOffTheMapAreRefused() {
        assertThat(BackMap.refusal(new MapPoint(1.2, 0.5))).hasValueSatisfying(m -> assertThat(m).contains("outside"));
    }

    @Test
    void zonesAreDataTheUiCanDraw() {
        assertThat(BackMap.zones()).extracting(BackMapZone::name)
                .containsExactly("spine", "sacrum", "iliac-crest", "iliac-crest", "lower-ribs", "lower-ribs");
        assertThat(BackMap.zones()).allSatisfy(z -> {
            assertThat(z.polygon()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(z.polygon()).allSatisfy(p -> assertThat(p.x()).isBetween(0.0, 1.0));
            assertThat(z.polygon()).allSatisfy(p -> assertThat(p.y()).isBetween(0.0, 1.0));
        });
        assertThat(BackMap.SPINE.contains(new MapPoint(0.5, 0.5))).isTrue();
    }

    @Test
    void describesWhereAPointIs() {
        assertThat(BackMap.describe(new MapPoint(0.40, 0.80))).isEqualTo("left side, low, beside the spine");
        assertThat(BackMap.describe(new MapPoint(0.75, 0.10))).isEqualTo("right side, high, between the spine and the flank");
        assertThat(BackMap.describe(new MapPoint(0.05, 0.5))).isEqualTo("left side, middle, near the flank");
        assertThat(BackMap.describe(new MapPoint(0.5, 0.5))).isEqualTo("on the spine, middle");
        assertThat(BackMap.describe(new MapPoint(0.36, 0.55))).isEqualTo("left side, middle, beside the spine");
    }

    @Test
    void diagramsMayNotPressOnOrCrossTheSpine() {
        Diagram beside = new Diagram("glide", List.of(new MapPoint(0.40, 0.9)),
                List.of(new MapPoint(0.40, 0.9), new MapPoint(0.40, 0.1)));
        Diagram onSpine = new Diagram("press", List.of(new MapPoint(0.5, 0.5)), List.of());
        Diagram crossing = new Diagram("glide", List.of(new MapPoint(0.30, 0.5)),
                List.of(new MapPoint(0.30, 0.5), new MapPoint(0.70, 0.5)));

        assertThat(BackMap.diagramRefusal(beside)).isEmpty();
        assertThat(BackMap.diagramRefusal(Diagram.NONE)).isEmpty();
        assertThat(BackMap.diagramRefusal(onSpine)).hasValueSatisfying(m -> assertThat(m).contains("on the spine"));
        assertThat(BackMap.diagramRefusal(crossing)).hasValueSatisfying(m -> assertThat(m).contains("crosses"));
    }
}
