package org.easeback.engine;

import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a session in real time on one daemon thread: it parks until just before the next deadline, spins the
 * last stretch for precision, and advances the session. Commands may be called from any thread; the runner wakes
 * up when they change the schedule. Listeners run on this thread, so they must hand events off at once.
 */
public final class SessionRunner implements AutoCloseable {

    /**
     * How long before a deadline the runner stops parking and spins, to absorb wake-up latency
     * (1.5 ms; tunable with {@code -Deaseback.runner.spinMicros=N} for benchmarking).
     */
    static final long SPIN_NANOS = Long.getLong("easeback.runner.spinMicros", 1_500L) * 1_000L;

    private static final Logger LOG = LoggerFactory.getLogger(SessionRunner.class);

    private final Session session;
    private final SessionClock clock;
    private volatile boolean closed;
    private volatile Thread thread;

    public SessionRunner(Session session) {
        this.session = session;
        this.clock = session.clock();
    }

    /** Starts the thread; it ends by itself when the session reaches a final state, or on {@link #close()}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("This runner has already been started.");
        }
        Thread t = new Thread(this::run, "easeback-session-" + session.plan().routineId());
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        thread = t;
        session.onScheduleChanged(() -> LockSupport.unpark(t));
        t.start();
    }

    private void run() {
        try {
            while (!closed) {
                session.advance();
                if (session.state().isFinal()) {
                    return;
                }
                OptionalLong next = session.nextDeadlineNanos();
                if (next.isEmpty()) {
                    LockSupport.park(this); // a command (resume, done, answer) unparks us
                    continue;
                }
                // In real nanoseconds: on a clock that runs faster (a preview's), the wait is shorter.
                long wait = clock.realNanos(next.getAsLong() - clock.nanoTime());
                if (wait > SPIN_NANOS) {
                    LockSupport.parkNanos(this, wait - SPIN_NANOS);
                    continue; // re-read the schedule: a command may have changed it while we slept
                }
                while (!closed && next.getAsLong() - clock.nanoTime() > 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The session runner failed; stopping the session", e);
            session.stop();
        } finally {
            session.onScheduleChanged(null);
        }
    }

    /** Stops the thread (the session keeps its state) and waits briefly for it to end. */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
