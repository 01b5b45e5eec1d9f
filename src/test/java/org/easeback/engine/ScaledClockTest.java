package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.engine.Entries.info;
import static org.easeback.engine.Entries.technique;

import org.junit.jupiter.api.Test;

/** A preview's clock: twenty times real time over a base clock, deterministic over a fake one. */
class ScaledClockTest {

    private static final long S = 1_000_000_000L;
    private final FakeClock base = new FakeClock();

    @Test
    void twentyTimesFasterReadsTwentySecondsForEverySecondOfTheBase() {
        long t0 = base.nanoTime();
        SessionClock fast = SessionClock.scaled(base, 20);

        assertThat(fast.nanoTime()).as("both read the same at the start").isEqualTo(t0);
        base.advanceSeconds(1);
        assertThat(fast.nanoTime() - t0).isEqualTo(20 * S);
        base.advanceMillis(250);
        assertThat(fast.nanoTime() - t0).isEqualTo(25 * S);
    }

    @Test
    void theRunnerWaitsAFactorOfTheClockTimeInRealTime() {
        SessionClock fast = SessionClock.scaled(base, 20);

        assertThat(fast.realNanos(20 * S)).isEqualTo(S);
        assertThat(SessionClock.system().realNanos(20 * S)).as("the real clock keeps real time").isEqualTo(20 * S);
        assertThat(SessionClock.scaled(base, 1).nanoTime()).isEqualTo(base.nanoTime());
    }

    @Test
    void aSessionOnTheScaledClockRunsItsPlanInAFactorOfTheTime() {
        Session session = new Session(Entries.plan(technique("Glide", 10, 60), info("Rest", 10)),
                SessionClock.scaled(base, 20));
        RecordingListener events = new RecordingListener();
        session.addListener(events);
        session.start();

        base.advanceMillis(500); // 10 s of plan
        session.advance();
        assertThat(session.entryIndex()).isEqualTo(1);
        base.advanceMillis(500);
        session.advance();

        assertThat(session.state()).isEqualTo(SessionState.FINISHED);
        assertThat(events.of(SessionEvent.Finished.class)).singleElement()
                .extracting(SessionEvent.Finished::runningTime).isEqualTo(java.time.Duration.ofSeconds(20));
    }

    @Test
    void refusesASpeedItCannotShow() {
        assertThatThrownBy(() -> SessionClock.scaled(base, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 100 times");
        assertThatThrownBy(() -> SessionClock.scaled(base, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
