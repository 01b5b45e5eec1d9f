package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.SessionEvent;
import org.junit.jupiter.api.Test;

class FxSessionAdapterTest {

    private final List<Runnable> fxQueue = new ArrayList<>();
    private final List<SessionEvent> delivered = new ArrayList<>();
    private final FxSessionAdapter adapter = new FxSessionAdapter(fxQueue::add, delivered::add);

    private static SessionEvent.Tick tick(long at) {
        return new SessionEvent.Tick(1, at, Duration.ofMillis(at), Duration.ofMillis(1000 - at), Duration.ZERO);
    }

    private void runFx() {
        List<Runnable> now = new ArrayList<>(fxQueue);
        fxQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void nothingIsDeliveredOffTheFxThread() {
        adapter.onEvent(tick(1));
        assertThat(delivered).isEmpty();
        runFx();
        assertThat(delivered).hasSize(1);
    }

    @Test
    void manyEventsNeedOnlyOneHopToTheFxThread() {
        adapter.onEvent(new SessionEvent.Halfway(1, 5));
        adapter.onEvent(new SessionEvent.PaceBeat(1, 6, 1));
        adapter.onEvent(new SessionEvent.Countdown(1, 7, 3));
        assertThat(fxQueue).hasSize(1);
        runFx();
        assertThat(delivered).extracting(SessionEvent::atNanos).containsExactly(5L, 6L, 7L);
    }

    @Test
    void consecutiveTicksCollapseToTheLatest() {
        adapter.onEvent(tick(1));
        adapter.onEvent(tick(2));
        adapter.onEvent(tick(3));
        runFx();
        assertThat(delivered).containsExactly(tick(3));
        assertThat(adapter.coalescedTicks()).isEqualTo(2);
    }

    @Test
    void aFrameGetsBoundedWorkHowEverManyTicksArrive() {
        // A busy engine between two frames: 10,000 ticks around 10 beats. The FX thread is asked once and gets
        // each beat plus at most one tick on either side of it, never the 10,000.
        for (int beat = 0; beat < 10; beat++) {
            for (int i = 0; i < 1_000; i++) {
                adapter.onEvent(tick(beat * 1_000L + i));
            }
            adapter.onEvent(new SessionEvent.PaceBeat(1, beat * 1_000L + 999, beat));
        }
        assertThat(fxQueue).hasSize(1);
        runFx();
        assertThat(delivered).hasSize(20);
        assertThat(delivered.stream().filter(SessionEvent.Tick.class::isInstance)).hasSize(10);
        assertThat(adapter.coalescedTicks()).isEqualTo(10_000 - 10);
    }

    @Test
    void ticksAroundOtherEventsKeepTheirOrder() {
        adapter.onEvent(tick(1));
        adapter.onEvent(new SessionEvent.PaceBeat(1, 2, 1));
        adapter.onEvent(tick(3));
        adapter.onEvent(tick(4));
        runFx();
        assertThat(delivered).extracting(SessionEvent::atNanos).containsExactly(1L, 2L, 4L);
    }

    @Test
    void eventsArrivingAfterADrainAreScheduledAgain() {
        adapter.onEvent(tick(1));
        runFx();
        adapter.onEvent(new SessionEvent.Paused(1, 9));
        assertThat(fxQueue).hasSize(1);
        runFx();
        assertThat(delivered).hasSize(2);
    }

    @Test
    void aFailingTargetDoesNotLoseTheEventsAfterIt() {
        List<SessionEvent> got = new ArrayList<>();
        FxSessionAdapter failing = new FxSessionAdapter(Runnable::run, e -> {
            got.add(e);
            if (e instanceof SessionEvent.Halfway) {
                throw new IllegalStateException("boom");
            }
        });
        failing.onEvent(new SessionEvent.Halfway(1, 1));
        failing.onEvent(new SessionEvent.Stopped(1, 2, org.easeback.engine.StopReason.PAIN, "stop"));
        assertThat(got).hasSize(2);
    }
}
