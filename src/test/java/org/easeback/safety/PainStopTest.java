package org.easeback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionState;
import org.easeback.engine.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pain-stop rule at engine level: "it hurts" and the pain key stop the session at once, from any state. */
class PainStopTest {

    private final FakeClock clock = new FakeClock();
    private final Session session = new Session(SessionFixtures.smallPlan(), clock);
    private final List<SessionEvent> events = new ArrayList<>();

    PainStopTest() {
        session.addListener(events::add);
    }

    /** Drives the session into {@code state}. */
    private void reach(SessionState state) {
        switch (state) {
            case READY -> { }
            case AWAITING_DONE -> session.start();
            case RUNNING -> {
                session.start();
                session.done();
            }
            case PAUSED -> {
                reach(SessionState.RUNNING);
                clock.advanceSeconds(10);
                session.advance();
                session.pause();
            }
            case CHECKING_IN -> {
                reach(SessionState.RUNNING);
                while (session.state() != SessionState.CHECKING_IN) {
                    clock.advanceSeconds(1);
                    session.advance();
                }
            }
            default -> throw new IllegalArgumentException("not a live state: " + state);
        }
        assertThat(session.state()).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = {"READY", "RUNNING", "PAUSED", "AWAITING_DONE", "CHECKING_IN"})
    void painKeyStopsTheSessionFromAnyLiveState(SessionState state) {
        reach(state);

        assertThat(session.painStop().accepted()).isTrue();

        assertThat(session.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(events).last().isInstanceOfSatisfying(SessionEvent.Stopped.class, s -> {
            assertThat(s.reason()).isEqualTo(StopReason.PAIN);
            assertThat(s.message()).contains(SafetyAdvice.PAIN_STOP);
        });
        clock.advanceSeconds(600);
        session.advance();
        assertThat(session.state()).as("nothing moves after a pain stop").isEqualTo(SessionState.STOPPED_FOR_SAFETY);
    }

    @Test
    void itHurtsAtACheckInStopsTheSession() {
        reach(SessionState.CHECKING_IN);

        assertThat(session.answer(CheckInAnswer.IT_HURTS).accepted()).isTrue();

        assertThat(session.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(events).filteredOn(SessionEvent.Stopped.class::isInstance).singleElement()
                .extracting(e -> ((SessionEvent.Stopped) e).reason()).isEqualTo(StopReason.PAIN);
    }

    @Test
    void aSecondPainStopChangesNothing() {
        reach(SessionState.RUNNING);
        session.painStop();
        int before = events.size();

        assertThat(session.painStop().accepted()).isTrue();

        assertThat(session.state()).isEqualTo(SessionState.STOPPED_FOR_SAFETY);
        assertThat(events).hasSize(before);
    }
}
