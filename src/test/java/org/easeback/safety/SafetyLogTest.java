package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SafetyLogTest {

    @RegisterExtension
    final CapturedLog logged = new CapturedLog(SafetyLog.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void logsEachDecisionAtInfoWithTheRuleAndOnlyTheDisplayName() {
        SafetyLog log = new SafetyLog("Sam", clock);

        log.record(Screening.assess(ScreeningAnswers.yesTo(ScreeningQuestion.PREGNANCY)));

        assertThat(logged.events()).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).isEqualTo("safety rule=screening-caution outcome=CAUTION receiver=Sam");
            assertThat(e.getFormattedMessage()).doesNotContainIgnoringCase("pregnan");
        });
    }

    @Test
    void collectsDecisionsInOrderForTheSessionRecord() {
        SafetyLog log = new SafetyLog("  ", clock);

        log.record(SafetyRule.SPINE_NO_PRESSURE, SafetyDecision.Outcome.REFUSED, "This point is on the spine.");
        log.record(SafetyRule.PAIN_STOP, SafetyDecision.Outcome.STOPPED, SafetyAdvice.PAIN_STOP);

        assertThat(log.decisions()).extracting(SafetyDecision::rule).containsExactly("spine-no-pressure", "pain-stop");
        assertThat(log.decisions().get(1).time()).isEqualTo(clock.instant());
        assertThat(log.receiverName()).isEqualTo("Guest");
    }

    @Test
    void sendsDecisionsMadeBeforeAndAfterASinkIsAttached() {
        SafetyLog log = new SafetyLog("Sam", clock);
        java.util.List<String> sent = new java.util.ArrayList<>();
        log.record(SafetyRule.SCREENING_CAUTION, SafetyDecision.Outcome.CAUTION, "Gentle pressure only.");

        log.sendTo(d -> sent.add(d.rule()));
        log.record(SafetyRule.PAIN_STOP, SafetyDecision.Outcome.STOPPED, SafetyAdvice.PAIN_STOP);

        assertThat(sent).containsExactly("screening-caution", "pain-stop");
    }
}
