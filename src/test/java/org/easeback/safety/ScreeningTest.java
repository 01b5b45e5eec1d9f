package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.safety.ScreeningQuestion.*;
import static org.easeback.safety.ScreeningResult.Outcome.*;

import java.util.Arrays;
import java.util.stream.Stream;
import org.easeback.routine.Pressure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningTest {

    static Stream<Arguments> outcomes() {
        return Stream.of(
                // answers "yes" to ..., expected outcome, pressure cap, dilution
                Arguments.of(new ScreeningQuestion[] {}, GO, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {SEVERE_PAIN}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {RECENT_INJURY}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {ILLNESS_SIGNS}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {NERVE_SIGNS}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {BACK_SURGERY}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {SKIN_PROBLEM}, DO_NOT_START, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {PREGNANCY}, GO_WITH_CAUTIONS, Pressure.GENTLE, Dilution.ONE_PERCENT),
                Arguments.of(new ScreeningQuestion[] {CHRONIC_PAIN}, GO_WITH_CAUTIONS, Pressure.FIRM, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {BONE_OR_DISC}, GO_WITH_CAUTIONS, Pressure.GENTLE, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {BLOOD_THINNERS}, GO_WITH_CAUTIONS, Pressure.GENTLE, Dilution.TWO_PERCENT),
                Arguments.of(new ScreeningQuestion[] {OLDER_RECEIVER}, GO_WITH_CAUTIONS, Pressure.FIRM, Dilution.ONE_PERCENT),
                Arguments.of(new ScreeningQuestion[] {SENSITIVE_SKIN}, GO_WITH_CAUTIONS, Pressure.FIRM, Dilution.ONE_PERCENT),
                Arguments.of(new ScreeningQuestion[] {CHRONIC_PAIN, OLDER_RECEIVER}, GO_WITH_CAUTIONS, Pressure.FIRM,
                        Dilution.ONE_PERCENT),
                Arguments.of(new ScreeningQuestion[] {PREGNANCY, NERVE_SIGNS}, DO_NOT_START, Pressure.GENTLE,
                        Dilution.ONE_PERCENT),
                Arguments.of(ScreeningQuestion.values(), DO_NOT_START, Pressure.GENTLE, Dilution.ONE_PERCENT));
    }

    @ParameterizedTest(name = "{index}: yes to {0} -> {1}")
    @MethodSource("outcomes")
    void answersDecideTheOutcome(ScreeningQuestion[] yes, ScreeningResult.Outcome outcome, Pressure cap,
                                 Dilution dilution) {
        ScreeningResult result = Screening.assess(ScreeningAnswers.yesTo(yes));

        assertThat(result.outcome()).as(Arrays.toString(yes)).isEqualTo(outcome);
        assertThat(result.pressureCap()).isEqualTo(cap);
        assertThat(result.dilution()).isEqualTo(dilution);
        assertThat(result.mayStart()).isEqualTo(outcome != DO_NOT_START);
    }

    @Test
    void everyAnswerStartsAsNo() {
        ScreeningAnswers answers = ScreeningAnswers.allNo();

        assertThat(answers.yesAnswers()).isEmpty();
        assertThat(answers.byId()).hasSize(ScreeningQuestion.values().length).doesNotContainValue(true);
        assertThat(Screening.assess(answers).outcome()).isEqualTo(GO);
    }

    @Test
    void redFlagsAndStopsDoNotStartAndAdviseAPhysician() {
        ScreeningResult result = Screening.assess(ScreeningAnswers.yesTo(NERVE_SIGNS, SEVERE_PAIN, PREGNANCY));

        assertThat(result.outcome()).isEqualTo(DO_NOT_START);
        assertThat(result.stops()).containsExactly(SEVERE_PAIN, NERVE_SIGNS);
        assertThat(result.reasons()).hasSize(2).allSatisfy(r -> assertThat(r).endsWith("."));
        assertThat(result.reasons().get(1)).contains("see a doctor straight away");
        assertThat(result.advice()).hasValueSatisfying(a -> assertThat(a).contains("See your physician"));
        assertThat(result.cautionTexts()).as("no cautions for a session that does not start").isEmpty();
    }

    @Test
    void pregnancyIsGentlePressureAndOnePercentOils() {
        ScreeningResult result = Screening.assess(ScreeningAnswers.allNo().with(PREGNANCY, true));

        assertThat(result.outcome()).isEqualTo(GO_WITH_CAUTIONS);
        assertThat(result.cautionTexts()).singleElement().asString()
                .contains("gentle pressure only").contains("1 % at most");
        assertThat(result.advice()).isEmpty();
    }

    @Test
    void chronicPainSaysMassageRelievesButDoesNotCure() {
        ScreeningResult result = Screening.assess(ScreeningAnswers.yesTo(CHRONIC_PAIN));

        assertThat(result.cautionTexts()).singleElement().asString()
                .contains("more than 3 months").contains("not a cure");
    }

    @ParameterizedTest
    @EnumSource(ScreeningQuestion.class)
    void everyQuestionIsAQuestionWithAMeaning(ScreeningQuestion q) {
        assertThat(q.text()).endsWith("?");
        assertThat(q.meaning()).endsWith(".");
        assertThat(ScreeningQuestion.fromId(q.id())).contains(q);
    }

    @Test
    void answersRoundTripThroughTheirIds() {
        ScreeningAnswers answers = ScreeningAnswers.yesTo(PREGNANCY, CHRONIC_PAIN);
        var yesIds = answers.byId().entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).toList();

        assertThat(ScreeningAnswers.fromYesIds(yesIds)).isEqualTo(answers);
        assertThat(answers.with(PREGNANCY, false).yesAnswers()).containsExactly(CHRONIC_PAIN);
    }

    @Test
    void decisionNamesTheScreeningRule() {
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T10:00:00Z"), java.time.ZoneOffset.UTC);

        SafetyDecision stop = Screening.assess(ScreeningAnswers.yesTo(SKIN_PROBLEM)).decision(clock);
        SafetyDecision caution = Screening.assess(ScreeningAnswers.yesTo(PREGNANCY)).decision(clock);

        assertThat(stop.rule()).isEqualTo("screening-do-not-start");
        assertThat(stop.outcome()).isEqualTo(SafetyDecision.Outcome.STOPPED);
        assertThat(stop.message()).contains("sunburnt").contains("physician");
        assertThat(caution.rule()).isEqualTo("screening-caution");
        assertThat(caution.outcome()).isEqualTo(SafetyDecision.Outcome.CAUTION);
    }
}
