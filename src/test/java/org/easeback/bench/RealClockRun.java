package org.easeback.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.SessionRunner;

/**
 * What the lateness benchmarks share: a session run to its end on the real clock by a {@link SessionRunner}, a
 * thread that keeps the other core busy, and the figures printed as {@code name=value} lines.
 */
final class RealClockRun {

    private RealClockRun() {
    }

    /**
     * Runs {@code plan} (entries of {@code entry} each) to its end, handing every event to {@code listener} on the
     * runner's thread; fails if it has not finished 30 s after its planned end.
     */
    static void runToEnd(Plan plan, Duration entry, SessionListener listener) throws InterruptedException {
        Session session = new Session(plan, SessionClock.system());
        CountDownLatch finished = new CountDownLatch(1);
        session.addListener(e -> {
            listener.onEvent(e);
            if (e instanceof SessionEvent.Finished) {
                finished.countDown();
            }
        });
        try (SessionRunner runner = new SessionRunner(session)) {
            runner.start();
            session.start();
            if (!finished.await(plan.size() * entry.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The session did not finish");
            }
        }
    }

    /** A started daemon thread that keeps one core busy until interrupted, as another program would. */
    static Thread busyCore() {
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
        return busy;
    }

    /** Prints the p50, p99 and max of {@code samples} (nanoseconds, sorted in place) in milliseconds. */
    static void printStats(String name, long[] samples) {
        Arrays.sort(samples);
        print(name + "_p50_ms", ms(percentile(samples, 0.50)));
        print(name + "_p99_ms", ms(percentile(samples, 0.99)));
        print(name + "_max_ms", ms(samples[samples.length - 1]));
    }

    /** Lateness on a shared machine is mostly the OS scheduler: prints how many cores and how busy it was. */
    static void printMachine() {
        print("cpus", Runtime.getRuntime().availableProcessors());
        print("load_average_1min", loadAverage());
    }

    static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
