package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.engine.Session;
import org.easeback.engine.SessionState;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.routine.SourcePosition;
import org.easeback.routine.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.easeback.safety.CapturedLog;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.SafetyAdvice;
import org.easeback.safety.SafetyDecision;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.SafetyRule;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.safety.SessionFixtures;

/** The session's pain stop, check-in answers and pressure changes become safety decisions, on a fake clock. */
class SessionSafetyRecorderTest {

    private static final Clock WALL = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final CapturedLog logged = new CapturedLog(SafetyLog.class);
    private final FakeClock clock = new FakeClock();
    private final SafetyLog log = new SafetyLog("Sam", WALL);

    /** A session over {@code plan} with a recorder, run on the fake clock until its first check-in. */
    private Session atFirstCheckIn(Plan plan, Pressure screeningCap) {
        Session session = new Session(plan, clock);
        session.addListener(new SessionSafetyRecorder(log, screeningCap));
        session.start();
        for (int i = 0; i < 3600 && session.state() != SessionState.CHECKING_IN; i++) {
            if (session.state() == SessionState.AWAITING_DONE) {
                session.done();
            }
            clock.advanceSeconds(1);
            session.advance();
        }
        assertThat(session.state()).isEqualTo(SessionState.CHECKING_IN);
        return session;
    }

    private Session atFirstCheckIn() {
        return atFirstCheckIn(SessionFixtures.smallPlan(), PressureGuide.HOME_LIMIT);
    }

    /** A firm sore-spot hold then a check-in, for Kim, compiled with {@code settings}. */
    private static Plan holdPlan(PlanSettings settings) {
        Receiver kim = new Receiver("Kim", "", List.of(), List.of(), Pressure.FIRM,
                List.of(new SoreSpot(0.36, 0.5, "")));
        return new PlanCompiler(SessionFixtures.LOOKUP).compile(SessionFixtures.routine(180, List.of(
                new Step.SoreSpots(SessionFixtures.HOLD.id(), 10, SourcePosition.UNKNOWN),
                new Step.CheckIn(Optional.empty(), SourcePosition.UNKNOWN),
                new Step.SoreSpots(SessionFixtures.HOLD.id(), 10, SourcePosition.UNKNOWN))), Optional.of(kim),
                settings).orElseThrow();
    }

    @Test
    void firmerThatRaisesThePressureIsRecordedWithTheNewLevel() {
        atFirstCheckIn().answer(CheckInAnswer.FIRMER);

        assertThat(log.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SafetyRule.CHECK_IN_WAITS.ruleName());
            assertThat(d.outcome()).isEqualTo(SafetyDecision.Outcome.ALLOWED);
            assertThat(d.message()).isEqualTo("Firmer: pressure goes up one level, to "
                    + PressureGuide.label(Pressure.MODERATE) + ".");
            assertThat(d.time()).isEqualTo(WALL.instant());
        });
    }

    @Test
    void sameAndLighterAreRecordedAsAnswers() {
        Session session = atFirstCheckIn();
        session.answer(CheckInAnswer.LIGHTER);

        assertThat(log.decisions()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("Lighter: pressure goes down one level, to " + PressureGuide.label(Pressure.LIGHT) + "."));

        Session again = atFirstCheckIn();
        again.answer(CheckInAnswer.SAME);
        assertThat(log.decisions()).last().satisfies(d -> assertThat(d.message())
                .isEqualTo("Same: pressure stays at " + PressureGuide.label(Pressure.GENTLE) + "."));
    }

    @Test
    void firmerHeldAtTheScreeningCapIsRefusedByTheCautionCap() {
        PlanSettings pregnancy = PlanSettings.HOME.withScreening(
                Screening.assess(ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)));
        atFirstCheckIn(holdPlan(pregnancy), pregnancy.pressureCap()).answer(CheckInAnswer.FIRMER);

        assertThat(log.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SafetyRule.PRESSURE_CAUTION_CAP.ruleName());
            assertThat(d.outcome()).isEqualTo(SafetyDecision.Outcome.REFUSED);
            assertThat(d.message()).startsWith("Firmer: pressure stays at " + PressureGuide.label(Pressure.GENTLE));
        });
    }

    @Test
    void firmerHeldAtTheHomeLimitIsRefusedByTheHomeLimit() {
        atFirstCheckIn(holdPlan(PlanSettings.HOME), PressureGuide.HOME_LIMIT).answer(CheckInAnswer.FIRMER);

        assertThat(log.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SafetyRule.PRESSURE_HOME_LIMIT.ruleName());
            assertThat(d.outcome()).isEqualTo(SafetyDecision.Outcome.REFUSED);
            assertThat(d.message()).contains("8 of 10 is too much");
        });
    }

    @Test
    void itHurtsAtACheckInIsOnePainStop() {
        atFirstCheckIn().answer(CheckInAnswer.IT_HURTS);

        assertThat(log.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("pain-stop");
            assertThat(d.outcome()).isEqualTo(SafetyDecision.Outcome.STOPPED);
            assertThat(d.message()).startsWith("\"It hurts\" at a check-in.").endsWith(SafetyAdvice.PAIN_STOP);
        });
    }

    @Test
    void painKeyWhileRunningIsRecordedAndLoggedWithOnlyTheRuleAndDisplayName() {
        Session session = new Session(SessionFixtures.smallPlan(), clock);
        session.addListener(new SessionSafetyRecorder(log));
        session.start();
        session.done();
        clock.advanceSeconds(5);
        session.painStop();

        assertThat(log.decisions()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("Pain stop pressed. " + SafetyAdvice.PAIN_STOP));
        assertThat(logged.events()).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).isEqualTo("safety rule=pain-stop outcome=STOPPED receiver=Sam");
        });
    }

    @Test
    void stoppingWithoutPainAndRunningOnRecordNothing() {
        Session session = new Session(SessionFixtures.smallPlan(), clock);
        session.addListener(new SessionSafetyRecorder(log));
        session.start();
        session.done();
        clock.advanceSeconds(10);
        session.advance();
        session.stop();

        assertThat(log.decisions()).isEmpty();
        assertThat(logged.events()).isEmpty();
    }
}
