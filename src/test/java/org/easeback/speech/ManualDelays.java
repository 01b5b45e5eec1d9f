package org.easeback.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/** Delays that run only when the test says so: {@link #runDue()} runs every task whose time has come. */
final class ManualDelays implements SpeechTurns.Delays {

    private record Task(long dueNanos, long order, Runnable run) {
    }

    private final LongSupplier clock;
    private final List<Task> tasks = new ArrayList<>();
    private long order;

    ManualDelays(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        tasks.add(new Task(clock.getAsLong() + delay.toNanos(), order++, task));
    }

    /** Runs the due tasks, earliest first, including ones they schedule that are due too. */
    void runDue() {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.dueNanos() - clock.getAsLong() <= 0)
                        .min(Comparator.comparingLong(Task::dueNanos).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    return;
                }
                tasks.remove(next);
            }
            next.run().run();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }
}
