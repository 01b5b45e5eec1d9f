package org.easeback.bench;

import static org.easeback.bench.RealClockRun.ms;
import static org.easeback.bench.RealClockRun.print;
import static org.easeback.bench.RealClockRun.printStats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionRunner;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;

/**
 * How late the engine is on the real clock: a 60 s plan of 0.5 s entries at 60 strokes a minute, driven by a
 * {@link SessionRunner} while a second thread keeps the other core busy. Prints the p50, p99 and max lateness of
 * entry starts and pace beats against their ideal times, and the error of the end time, in milliseconds.
 * Run: {@code mvn -B -o -Pbench test-compile exec:java -Dbench=EngineLatenessBenchmark}.
 * Targets: p99 <= 2 ms, max <= 15 ms, end-time error <= 2 ms.
 */
public final class EngineLatenessBenchmark {

    private static final Duration ENTRY = Duration.ofMillis(500);

    private EngineLatenessBenchmark() {
    }

    static Plan plan(String id, int entries) {
        List<PlanEntry> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(PlanEntry.technique("Glide " + i, "thumb-glide", Side.BOTH, 1)
                    .pressure(Pressure.GENTLE, Pressure.MODERATE).strokesPerMinute(60).exactLength(ENTRY).build());
        }
        return Plan.of(id, id, list, 300, List.of());
    }

    /** Lateness samples of one run, in nanoseconds. */
    static final class Run {
        final long[] starts = new long[1000];
        final long[] beats = new long[1000];
        int startCount;
        int beatCount;
        long firstStartAt;
        long finishedScheduledAt;
        long finishedSeenAt;
    }

    static Run run(Plan plan) throws InterruptedException {
        Run run = new Run();
        RealClockRun.runToEnd(plan, ENTRY, e -> {
            long now = System.nanoTime();
            if (e instanceof SessionEvent.EntryStarted) {
                if (run.startCount == 0) {
                    run.firstStartAt = e.atNanos();
                }
                run.starts[run.startCount++] = now - e.atNanos();
            } else if (e instanceof SessionEvent.PaceBeat) {
                run.beats[run.beatCount++] = now - e.atNanos();
            } else if (e instanceof SessionEvent.Finished) {
                run.finishedScheduledAt = e.atNanos();
                run.finishedSeenAt = now;
            }
        });
        return run;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread busy = RealClockRun.busyCore();

        run(plan("warm-up", 10)); // let the JIT compile the engine before measuring
        Plan plan = plan("lateness", 120);
        Run r = run(plan);
        long[] baseline = bareParkLateness(40);
        busy.interrupt();

        long idealEnd = r.firstStartAt + plan.size() * ENTRY.toNanos();
        // entry 0 starts on the start command itself (lateness ~0); the 120 timed starts are what matter
        print("entries", r.startCount);
        print("beats", r.beatCount);
        printStats("entry_start_lateness", Arrays.copyOf(r.starts, r.startCount));
        printStats("beat_lateness", Arrays.copyOf(r.beats, r.beatCount));
        print("end_time_error_ms", ms(r.finishedSeenAt - idealEnd));
        print("end_schedule_error_ms", ms(r.finishedScheduledAt - idealEnd));
        // The same park-then-spin wait with no engine at all: what the machine itself allows right now.
        printStats("baseline_bare_wait_lateness", baseline);
        RealClockRun.printMachine();
    }

    /** Lateness of a bare thread waiting for {@code n} deadlines 0.5 s apart the way the runner does. */
    private static long[] bareParkLateness(int n) {
        long[] late = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long deadline = start + (i + 1) * ENTRY.toNanos();
            long wait;
            while ((wait = deadline - System.nanoTime()) > 1_500_000L) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait - 1_500_000L);
            }
            while (deadline - System.nanoTime() > 0) {
                Thread.onSpinWait();
            }
            late[i] = System.nanoTime() - deadline;
        }
        return late;
    }
}
