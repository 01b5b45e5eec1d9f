package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.easeback.routine.Pressure;
import org.junit.jupiter.api.Test;

class PressureGuideTest {

    @Test
    void levelsReadOnTheTherapistsScale() {
        assertThat(PressureGuide.label(Pressure.LIGHT)).isEqualTo("light (≈ 2–3 of 10)");
        assertThat(PressureGuide.label(Pressure.GENTLE)).isEqualTo("gentle (≈ 4 of 10)");
        assertThat(PressureGuide.label(Pressure.MODERATE)).isEqualTo("moderate (≈ 5–6 of 10)");
        assertThat(PressureGuide.label(Pressure.FIRM)).isEqualTo("firm (≈ 7 of 10)");
        assertThat(PressureGuide.describe(Pressure.FIRM)).startsWith("Firm (≈ 7 of 10): ").contains("8 of 10 is too much");
    }

    @Test
    void lighterGoesDownOneLevel() {
        PressureShift shift = PressureGuide.shift(Pressure.MODERATE, CheckInAnswer.LIGHTER, Pressure.FIRM);

        assertThat(shift.to()).isEqualTo(Pressure.GENTLE);
        assertThat(shift.message()).isEqualTo("Lighter: pressure goes down one level, to gentle (≈ 4 of 10).");
    }

    @Test
    void lighterNeverGoesBelowLight() {
        PressureShift shift = PressureGuide.shift(Pressure.LIGHT, CheckInAnswer.LIGHTER, Pressure.FIRM);

        assertThat(shift.to()).isEqualTo(Pressure.LIGHT);
        assertThat(shift.message()).contains("stays at light").contains("lightest");
    }

    @Test
    void firmerStopsAtTheHomeLimit() {
        PressureShift shift = PressureGuide.shift(Pressure.FIRM, CheckInAnswer.FIRMER, Pressure.FIRM);

        assertThat(shift.to()).isEqualTo(Pressure.FIRM);
        assertThat(shift.message()).contains("home session").contains("8 of 10 is too much");
    }

    @Test
    void firmerStopsAtACautionCap() {
        Pressure cap = PressureGuide.cap(Pressure.FIRM, Screening.assess(
                ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)).pressureCap());

        PressureShift shift = PressureGuide.shift(Pressure.GENTLE, CheckInAnswer.FIRMER, cap);

        assertThat(cap).isEqualTo(Pressure.GENTLE);
        assertThat(shift.to()).isEqualTo(Pressure.GENTLE);
        assertThat(shift.message()).contains("for this receiver and technique");
    }

    @Test
    void firmerGoesUpOneLevelWithinTheTechniquesMaximum() {
        assertThat(PressureGuide.shift(Pressure.GENTLE, CheckInAnswer.FIRMER, Pressure.MODERATE).to())
                .isEqualTo(Pressure.MODERATE);
        assertThat(PressureGuide.shift(Pressure.MODERATE, CheckInAnswer.FIRMER, Pressure.MODERATE).to())
                .isEqualTo(Pressure.MODERATE);
    }

    @Test
    void itHurtsStopsAndKeepsThePressure() {
        PressureShift shift = PressureGuide.shift(Pressure.GENTLE, CheckInAnswer.IT_HURTS, Pressure.FIRM);

        assertThat(shift.stopsSession()).isTrue();
        assertThat(shift.to()).isEqualTo(Pressure.GENTLE);
        assertThat(shift.message()).contains("see your doctor");
    }

    @Test
    void sameKeepsThePressure() {
        PressureShift shift = PressureGuide.shift(Pressure.MODERATE, CheckInAnswer.SAME, Pressure.FIRM);

        assertThat(shift.to()).isEqualTo(Pressure.MODERATE);
        assertThat(shift.stopsSession()).isFalse();
    }

    @Test
    void stepPressureAboveTheCapIsLowered() {
        assertThat(PressureGuide.limit(Pressure.FIRM, Pressure.GENTLE)).isEqualTo(Pressure.GENTLE);
        assertThat(PressureGuide.limitMessage(Pressure.FIRM, Pressure.GENTLE)).hasValue(
                "This step asks for firm (≈ 7 of 10) pressure; this session uses at most gentle (≈ 4 of 10).");
        assertThat(PressureGuide.limitMessage(Pressure.LIGHT, Pressure.GENTLE)).isEmpty();
    }
}
