package org.easeback.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.easeback.engine.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures frame times during a simulated session: a thread plays a paced plan at five times real speed (so the
 * FX thread gets more events per frame than in a real session) while pulse listeners timestamp every frame.
 * It prints the worst frame; it asserts only that frames were measured, never a time (this is a measurement, so
 * {@code mvn verify} leaves it out; {@code FxSessionAdapterTest} counts the work a frame gets instead).
 * Run: {@code mvn -o test -Dtest=PlayerFrameTimeBenchmark}
 */
@ExtendWith(ApplicationExtension.class)
class PlayerFrameTimeBenchmark {

    private static final double SPEED = 5;

    private PlayerHarness player;
    private final List<Long> pulseStarts = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> layoutNanos = Collections.synchronizedList(new ArrayList<>());
    /** FX-thread CPU time at each frame start: unlike wall time, it does not count time other processes took. */
    private final List<Long> pulseCpu = Collections.synchronizedList(new ArrayList<>());
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile boolean measuring;
    private long pulseStartedAt;

    @Start
    void start(Stage stage) {
        player = PlayerHarness.show(stage, SamplePlans.sidesAtPace(8, 4));
        Scene scene = stage.getScene();
        scene.addPreLayoutPulseListener(() -> {
            pulseStartedAt = System.nanoTime();
            if (measuring) {
                pulseStarts.add(pulseStartedAt);
                pulseCpu.add(threads.getCurrentThreadCpuTime());
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (measuring) {
                layoutNanos.add(System.nanoTime() - pulseStartedAt);
            }
        });
    }

    @Test
    void worstFrameDuringASession(FxRobot robot) throws InterruptedException {
        assertThat(player.screen.session().state()).isEqualTo(SessionState.RUNNING);
        // Warm up: the first entry's CSS and layout happen once, before a giver would look.
        drive(1_000);
        measuring = true;
        drive(31_000);
        measuring = false;
        WaitForAsyncUtils.waitForFxEvents();

        List<Double> gaps = new ArrayList<>();
        synchronized (pulseStarts) {
            for (int i = 1; i < pulseStarts.size(); i++) {
                gaps.add((pulseStarts.get(i) - pulseStarts.get(i - 1)) / 1e6);
            }
        }
        Collections.sort(gaps);
        double worstGap = gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1);
        double p99 = gaps.isEmpty() ? 0 : gaps.get((int) Math.floor(0.99 * (gaps.size() - 1)));
        double median = gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
        double worstLayout;
        synchronized (layoutNanos) {
            worstLayout = layoutNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
        long over50 = gaps.stream().filter(g -> g > 50).count();
        double worstCpu = 0;
        synchronized (pulseCpu) {
            for (int i = 1; i < pulseCpu.size(); i++) {
                worstCpu = Math.max(worstCpu, (pulseCpu.get(i) - pulseCpu.get(i - 1)) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "player-frames=%d%nplayer-frame-median-ms=%.1f%nplayer-frame-p99-ms=%.1f%n"
                        + "player-frame-worst-ms=%.1f%nplayer-frames-over-50ms=%d%nplayer-layout-pass-worst-ms=%.1f%n"
                        + "player-frame-fx-cpu-worst-ms=%.1f%nticks-coalesced=%d%n",
                gaps.size() + 1, median, p99, worstGap, over50, worstLayout, worstCpu,
                player.screen.adapter().coalescedTicks());

        assertThat(gaps).as("frames were measured").hasSizeGreaterThan(50);
        assertThat(player.screen.session().state()).isEqualTo(SessionState.CHECKING_IN);
    }

    /** Plays {@code fakeMillis} of session time, 50 ms at a step, at {@link #SPEED} times real speed. */
    private void drive(long fakeMillis) throws InterruptedException {
        long stepMillis = 50;
        long realStep = (long) (stepMillis / SPEED);
        for (long t = 0; t < fakeMillis; t += stepMillis) {
            ManualPlayer.advance(player.screen, player.clock, Duration.ofMillis(stepMillis));
            Thread.sleep(realStep);
        }
    }
}
