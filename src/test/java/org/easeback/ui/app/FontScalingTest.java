package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FontScalingTest {

    @Test
    void theSmallestWindowHasTheBaseSize() {
        assertThat(FontScaling.fontSizeFor(1024, 700)).isEqualTo(FontScaling.BASE_PX);
    }

    @Test
    void textGrowsWithTheShorterSideOfTheWindow() {
        assertThat(FontScaling.fontSizeFor(1280, 800)).isCloseTo(18.3, within(0.1));
        assertThat(FontScaling.fontSizeFor(1920, 1080)).isCloseTo(24.7, within(0.1));
        assertThat(FontScaling.fontSizeFor(3000, 700)).isEqualTo(FontScaling.BASE_PX);
    }

    @Test
    void sizeStaysWithinReadableBounds() {
        assertThat(FontScaling.fontSizeFor(100, 100)).isEqualTo(12);
        assertThat(FontScaling.fontSizeFor(10000, 10000)).isEqualTo(48);
    }
}
