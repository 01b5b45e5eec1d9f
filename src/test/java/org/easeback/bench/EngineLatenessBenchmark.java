package org.easeback.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
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
        Session session = new Session(plan, SessionClock.system());
        Run run = new Run();
        CountDownLatch finished = new CountDownLatch(1);
        session.addListener(e -> {
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
                finished.countDown();
            }
        });
        try (SessionRunner runner = new SessionRunner(session)) {
            runner.start();
            session.start();
            if (!finished.await(plan.size() * ENTRY.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The session did not finish");
            }
        }
        return run;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread busy = new Thread(() -> {
            long x = 1;
            while (!Thread.currentThread().isInterrupted()) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                if (x == 42) {
                    System.out.print("");
                }
            }
        }, "busy-core");
        busy.setDaemon(true);
        busy.start();

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
        // Context: lateness on a shared machine is mostly the OS scheduler; say how busy it was.
        print("cpus", Runtime.getRuntime().availableProcessors());
        print("load_average_1min", loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
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

    private static void printStats(String name, long[] samples) {
        Arrays.sort(samples);
        print(name + "_p50_ms", ms(percentile(samples, 0.50)));
        print(name + "_p99_ms", ms(percentile(samples, 0.99)));
        print(name + "_max_ms", ms(samples[samples.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }
}
