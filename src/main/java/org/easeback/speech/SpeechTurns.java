package org.easeback.speech;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Who may sound now, so that speech and tones never talk over each other. The rule:
 * <ul>
 *   <li>the voice always finishes its phrase: nothing cuts it off, and a new phrase waits for it (see
 *       {@link SessionNarrator});</li>
 *   <li>a tone for an event the voice speaks is not played: the words say what the tone would have;</li>
 *   <li>a tone due while a phrase plays waits until the phrase ends, unless that is more than
 *       {@link #MAX_TONE_WAIT} away (a late cue would mislead); a tone that is only true at its instant (a pace
 *       beat, a countdown tick) is never delayed: it is dropped;</li>
 *   <li>otherwise the tone plays at once.</li>
 * </ul>
 * Thread-safe; it never blocks. Waiting is done by {@link Delays}.
 */
public final class SpeechTurns {

    /** The longest a tone waits for the voice; after that it would no longer mean "now". */
    public static final Duration MAX_TONE_WAIT = Duration.ofMillis(1500);

    /** Runs a task later without blocking the caller. */
    @FunctionalInterface
    public interface Delays {
        void after(Duration delay, Runnable task);

        /** Delays on one daemon thread. */
        static Delays daemonThread() {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "speech-turns");
                t.setDaemon(true);
                return t;
            });
            return (delay, task) -> timer.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        }
    }

    private final LongSupplier nanoClock;
    private final Delays delays;
    private boolean spokenYet;
    private long speakingUntil;
    private boolean voiceHasEvent;

    public SpeechTurns(LongSupplier nanoClock, Delays delays) {
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.delays = Objects.requireNonNull(delays);
    }

    /** Turns on the real clock, waiting on a daemon thread. */
    public static SpeechTurns system() {
        return new SpeechTurns(System::nanoTime, Delays.daemonThread());
    }

    /** True while a phrase is playing. */
    public synchronized boolean speaking() {
        return spokenYet && speakingUntil - nanoClock.getAsLong() > 0;
    }

    /** How long the phrase playing now has still to go; zero if none. */
    public synchronized Duration remaining() {
        long left = spokenYet ? speakingUntil - nanoClock.getAsLong() : 0;
        return Duration.ofNanos(Math.max(0, left));
    }

    /** A phrase of {@code length} has just started. */
    synchronized void started(Duration length) {
        long until = nanoClock.getAsLong() + length.toNanos();
        speakingUntil = spokenYet ? Math.max(speakingUntil, until) : until;
        spokenYet = true;
    }

    /** While true, the tones being played belong to an event the voice speaks, and are skipped. */
    synchronized void voiceHasEvent(boolean value) {
        voiceHasEvent = value;
    }

    /** Runs {@code task} when the phrase playing now ends (at once if none is). */
    void whenQuiet(Runnable task) {
        delays.after(remaining(), task);
    }

    /**
     * {@code player}, made to take turns with the voice: pass the tone player (e.g. {@code cue -> fx.play(cue)})
     * and which tones are only true at their instant (e.g. {@code cue -> cue == PACE_TICK || cue == FINAL_COUNT}).
     */
    public <T> Consumer<T> tones(Consumer<T> player, Predicate<T> onlyNow) {
        Objects.requireNonNull(player);
        Objects.requireNonNull(onlyNow);
        return tone -> offer(tone, player, onlyNow, nanoClock.getAsLong());
    }

    private <T> void offer(T tone, Consumer<T> player, Predicate<T> onlyNow, long requestedAt) {
        Duration wait;
        synchronized (this) {
            if (voiceHasEvent) {
                return;
            }
            wait = remaining();
            if (wait.isZero()) {
                wait = null;
            } else if (onlyNow.test(tone)
                    || nanoClock.getAsLong() + wait.toNanos() - requestedAt > MAX_TONE_WAIT.toNanos()) {
                return;
            }
        }
        if (wait == null) {
            player.accept(tone);
        } else {
            delays.after(wait, () -> offer(tone, player, onlyNow, requestedAt));
        }
    }
}
