package org.easeback.speech;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.StopReason;

/**
 * Speaks a session: on each engine event it asks the {@link SpeechOutput} to play a phrase rendered ahead of time
 * (a map lookup, no disk and no process at cue time). It takes turns through {@link SpeechTurns}: a phrase never
 * starts over another; a phrase that is only true at its instant (a countdown second, "halfway", "10 seconds
 * left") is dropped if the voice is busy, the others wait their turn; a new entry clears whatever still waits.
 * Runs on the engine's thread and returns at once.
 */
public final class SessionNarrator implements SessionListener {

    /** Ticks come every 100 ms; an estimate from an older one is not trusted. */
    private static final long TICK_SLACK_NANOS = 150_000_000L;
    private final SpeechOutput output;
    private final SpeechTurns turns;
    private final Supplier<SpeechSettings> settings;
    private final Deque<CachedPhrase> waiting = new ArrayDeque<>();
    private volatile RenderedNarration phrases;
    private PlanEntry entry;
    private Duration entryLength = Duration.ZERO;
    private boolean tenSecondsSaid;
    private boolean tickKnown;
    private long lastTickAt;
    private Duration lastTickRemaining = Duration.ZERO;
    private boolean drainScheduled;

    public SessionNarrator(RenderedNarration phrases, SpeechOutput output, SpeechTurns turns,
                           Supplier<SpeechSettings> settings) {
        this.phrases = Objects.requireNonNull(phrases);
        this.output = Objects.requireNonNull(output);
        this.turns = Objects.requireNonNull(turns);
        this.settings = Objects.requireNonNull(settings);
    }

    /** Uses {@code rendered} from now on: rendering ahead may finish after the session has started. */
    public void use(RenderedNarration rendered) {
        this.phrases = Objects.requireNonNull(rendered);
    }

    @Override
    public void onEvent(SessionEvent event) {
        handle(event);
    }

    /**
     * A listener that lets the narrator handle each event first, then hands it to {@code tones} (the cue listener,
     * whose player goes through {@link SpeechTurns#tones}): a tone for an event the voice speaks is skipped.
     * Register this one listener instead of the two.
     */
    public SessionListener before(SessionListener tones) {
        Objects.requireNonNull(tones);
        return event -> {
            boolean spoke = handle(event);
            turns.voiceHasEvent(spoke);
            try {
                tones.onEvent(event);
            } finally {
                turns.voiceHasEvent(false);
            }
        };
    }

    /** Handles one event; true if the voice speaks for it (now or as soon as it has finished its phrase). */
    synchronized boolean handle(SessionEvent event) {
        boolean tenSecondsLeft = tenSecondsLeft(event);
        return handleOwn(event) || tenSecondsLeft;
    }

    private boolean handleOwn(SessionEvent event) {
        if (event instanceof SessionEvent.EntryStarted e) {
            waiting.clear();
            entry = e.entry();
            entryLength = e.length();
            tenSecondsSaid = false;
            tickKnown = false;
            if (e.entry().checkIn() || e.entry().secondSide()) {
                return false; // the check-in request and the side switch speak for these
            }
            return say(SpokenEvent.ENTRY_START, NarrationWording.entryStart(e.entry()), false);
        } else if (event instanceof SessionEvent.SwitchSides s) {
            return say(SpokenEvent.SWITCH_SIDES, NarrationWording.switchSides(s.side()), false);
        } else if (event instanceof SessionEvent.Halfway) {
            return entry != null && Narration.speaksHalfway(entry, entryLength)
                    && say(SpokenEvent.HALFWAY, NarrationWording.HALFWAY, true);
        } else if (event instanceof SessionEvent.EntryExtended x) {
            entryLength = x.length();
            tenSecondsSaid = false;
            tickKnown = false;
            return false;
        } else if (event instanceof SessionEvent.Countdown c) {
            return say(SpokenEvent.COUNTDOWN, NarrationWording.countdown(c.secondsLeft()), true);
        } else if (event instanceof SessionEvent.CheckInRequested c) {
            boolean spoke = say(SpokenEvent.CHECK_IN, c.prompt(), false);
            return say(SpokenEvent.CHECK_IN, NarrationWording.checkInAnswers(), false) || spoke;
        } else if (event instanceof SessionEvent.Stopped s) {
            waiting.clear();
            return s.reason() == StopReason.PAIN && say(SpokenEvent.PAIN_STOP, NarrationWording.PAIN_STOP, false);
        } else if (event instanceof SessionEvent.CheckInAnswered || event instanceof SessionEvent.Paused
                || event instanceof SessionEvent.Finished) {
            waiting.clear();
            tickKnown = false;
        } else if (event instanceof SessionEvent.Resumed) {
            tickKnown = false;
        }
        return false;
    }

    /**
     * "10 seconds left", on the first event of a long entry at or after that moment. Ticks say how much remains;
     * a pace beat at the same instant comes before its tick, so the time left is carried on from the last tick
     * (they are 100 ms apart) and the voice takes the beat's turn instead of starting just after its tone.
     */
    private boolean tenSecondsLeft(SessionEvent event) {
        Duration left = null;
        if (event instanceof SessionEvent.Tick t) {
            left = t.remainingInEntry();
            tickKnown = true;
            lastTickAt = t.atNanos();
            lastTickRemaining = left;
        } else if (tickKnown && (event instanceof SessionEvent.PaceBeat || event instanceof SessionEvent.Halfway
                || event instanceof SessionEvent.Countdown) && event.atNanos() - lastTickAt <= TICK_SLACK_NANOS) {
            left = lastTickRemaining.minusNanos(event.atNanos() - lastTickAt);
        }
        if (left == null || tenSecondsSaid || !Narration.speaksTenSecondsLeft(entryLength)
                || left.compareTo(Narration.TEN_SECONDS) > 0 || left.compareTo(Duration.ofSeconds(8)) <= 0) {
            return false;
        }
        tenSecondsSaid = true;
        return say(SpokenEvent.TEN_SECONDS_LEFT, NarrationWording.TEN_SECONDS_LEFT, true);
    }

    /** Plays {@code text} now, or queues it behind the phrase playing (or drops it if it is only true now). */
    private boolean say(SpokenEvent event, String text, boolean onlyNow) {
        SpeechSettings s = settings.get();
        if (!s.speaks(event)) {
            return false;
        }
        Optional<CachedPhrase> phrase = phrases.phrase(text);
        if (phrase.isEmpty()) {
            return false;
        }
        if (turns.speaking() || !waiting.isEmpty()) {
            if (onlyNow) {
                return false;
            }
            waiting.add(phrase.get());
            scheduleDrain();
            return true;
        }
        play(phrase.get(), s);
        return true;
    }

    private void play(CachedPhrase phrase, SpeechSettings s) {
        turns.started(phrase.length());
        output.play(phrase.wav(), s.volume());
    }

    private void scheduleDrain() {
        if (!drainScheduled) {
            drainScheduled = true;
            turns.whenQuiet(this::drain);
        }
    }

    private synchronized void drain() {
        drainScheduled = false;
        if (waiting.isEmpty()) {
            return;
        }
        if (turns.speaking()) {
            scheduleDrain();
            return;
        }
        SpeechSettings s = settings.get();
        if (s.enabled()) {
            play(waiting.poll(), s);
        } else {
            waiting.clear();
        }
        if (!waiting.isEmpty()) {
            scheduleDrain();
        }
    }
}
