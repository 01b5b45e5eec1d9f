package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.EntryKind;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.PlanSettings;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionState;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.junit.jupiter.api.Test;

/** The screening's pressure cap reaches the plan and the session: a pregnant receiver's "firmer" stays gentle. */
class ScreeningCapTest {

    private static final Receiver KIM = new Receiver("Kim", "", List.of(), List.of(), Pressure.FIRM,
            List.of(new SoreSpot(0.36, 0.5, "")));
    private static final PlanSettings PREGNANCY = PlanSettings.HOME.withScreening(
            Screening.assess(ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)));

    /** A 30 s glide asking for moderate pressure, a written check-in, then a firm sore-spot hold. */
    private static Routine routine() {
        return SessionFixtures.routine(180, List.of(
                new Step.Technique(SessionFixtures.GLIDE.id(), 30, null, null, Optional.of(Pressure.MODERATE),
                        Optional.empty(), Optional.empty(), SourcePosition.UNKNOWN),
                new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN),
                new Step.SoreSpots(SessionFixtures.HOLD.id(), 20, SourcePosition.UNKNOWN)));
    }

    private static Plan compile(PlanSettings settings) {
        return new PlanCompiler(SessionFixtures.LOOKUP).compile(routine(), Optional.of(KIM), settings).orElseThrow();
    }

    private static List<PlanEntry> handsOn(Plan plan) {
        return plan.entries().stream().filter(e -> e.kind().handsOn()).toList();
    }

    @Test
    void settingsTakeTheScreeningsCapAndDilution() {
        assertThat(PREGNANCY.pressureCap()).isEqualTo(Pressure.GENTLE);
        assertThat(PREGNANCY.dilution()).isEqualTo(Dilution.ONE_PERCENT);
        assertThat(PlanSettings.HOME.pressureCap()).isEqualTo(PressureGuide.HOME_LIMIT);
        assertThat(PlanSettings.HOME.dilution()).isEqualTo(Dilution.TWO_PERCENT);
    }

    @Test
    void everyHandsOnEntryIsLimitedToTheCapWithTheReasonInItsInstructionsAndTheNotes() {
        Plan plan = compile(PREGNANCY);

        assertThat(handsOn(plan)).hasSize(2);
        assertThat(handsOn(plan)).allSatisfy(e -> {
            assertThat(e.pressure()).contains(Pressure.GENTLE);
            assertThat(e.maxPressure()).contains(Pressure.GENTLE);
        });
        PlanEntry hold = handsOn(plan).stream().filter(e -> e.kind() == EntryKind.SORE_SPOT).findFirst().orElseThrow();
        assertThat(hold.instructions().get(0))
                .isEqualTo(PressureGuide.limitMessage(Pressure.FIRM, Pressure.GENTLE).orElseThrow());
        assertThat(plan.notes()).contains("Thumb glide: " + PressureGuide.limitMessage(Pressure.MODERATE,
                Pressure.GENTLE).orElseThrow());
    }

    @Test
    void withoutCautionsTheTechniquesOwnLevelsStand() {
        Plan plan = compile(PlanSettings.HOME);

        assertThat(handsOn(plan)).extracting(e -> e.pressure().orElseThrow())
                .containsExactly(Pressure.MODERATE, Pressure.FIRM);
        assertThat(plan.notes()).noneMatch(n -> n.contains("this session uses at most"));
    }

    @Test
    void firmerAtACheckInStaysAtGentleForAPregnantReceiver() {
        assertThat(pressuresAfterFirmer(compile(PREGNANCY))).containsOnly(Pressure.GENTLE);
    }

    @Test
    void firmerAtACheckInRaisesThePressureWhenNothingCapsIt() {
        Plan plan = new PlanCompiler(SessionFixtures.LOOKUP).compile(SessionFixtures.routine(180, List.of(
                SessionFixtures.techniqueStep(30), new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN),
                SessionFixtures.techniqueStep(30))), Optional.empty(), PlanSettings.HOME).orElseThrow();

        assertThat(pressuresAfterFirmer(plan)).containsOnly(Pressure.MODERATE);
    }

    /** Runs to the first check-in, answers "firmer", and returns each later hands-on entry's pressure. */
    private static List<Pressure> pressuresAfterFirmer(Plan plan) {
        FakeClock clock = new FakeClock();
        Session session = new Session(plan, clock);
        List<SessionEvent> events = new ArrayList<>();
        session.addListener(events::add);
        session.start();
        while (session.state() != SessionState.CHECKING_IN) {
            clock.advanceSeconds(1);
            session.advance();
        }
        int checkIn = session.entryIndex();
        session.answer(CheckInAnswer.FIRMER);
        List<Pressure> after = new ArrayList<>();
        for (PlanEntry e : plan.entries().subList(checkIn + 1, plan.size())) {
            session.pressureFor(e).ifPresent(after::add);
        }
        events.stream().filter(SessionEvent.EntryStarted.class::isInstance).map(SessionEvent.EntryStarted.class::cast)
                .filter(s -> s.entryIndex() > checkIn).forEach(s -> s.pressure().ifPresent(after::add));
        assertThat(after).isNotEmpty();
        return after;
    }
}
