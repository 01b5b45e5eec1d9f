package org.easeback.history;

import java.util.Objects;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.StopReason;
import org.easeback.routine.Pressure;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.SafetyAdvice;
import org.easeback.safety.SafetyDecision;
import org.easeback.safety.SafetyLog;
import org.easeback.safety.SafetyRule;

/**
 * Listens to a session and turns its pain stop, check-in answers and pressure changes into {@link SafetyDecision}s
 * in a {@link SafetyLog}, which logs each at INFO with the rule's name and keeps it for the session record.
 *
 * <p>Each check-in answer gives one decision worded by {@link PressureGuide#shift}: "same", "lighter" and a "firmer"
 * that raised the pressure are {@code check-in-waits} ALLOWED; a "firmer" held at the cap is REFUSED by
 * {@code pressure-caution-cap} (the screening's cap) or {@code pressure-home-limit} (the technique's maximum or
 * firm). "It hurts" and the pain key give one {@code pain-stop} STOPPED. Whether "firmer" or "lighter" moved the
 * pressure is known from the event that follows the answer: the session sends PressureChanged only when it did.
 */
public final class SessionSafetyRecorder implements SessionListener {

    private final SafetyLog log;
    private final Pressure screeningCap;

    /** The pressure and ceiling of the hands-on entry that started last (what a check-in answer is about). */
    private Pressure lastPressure;
    private Pressure lastCeiling;
    /** A "lighter" or "firmer" waiting to learn whether it moved the pressure. */
    private CheckInAnswer pending;
    private boolean hurtAnswered;

    /** Records into {@code log}, for a session with no screening cap (pressure up to the home limit). */
    public SessionSafetyRecorder(SafetyLog log) {
        this(log, PressureGuide.HOME_LIMIT);
    }

    /** Records into {@code log}; {@code screeningCap} (see {@link ScreeningResult#pressureCap()}) names the rule. */
    public SessionSafetyRecorder(SafetyLog log, Pressure screeningCap) {
        this.log = Objects.requireNonNull(log);
        this.screeningCap = screeningCap == null ? PressureGuide.HOME_LIMIT : screeningCap;
    }

    /** The log the decisions go to. */
    public SafetyLog log() {
        return log;
    }

    @Override
    public synchronized void onEvent(SessionEvent event) {
        if (pending != null) {
            CheckInAnswer answer = pending;
            pending = null;
            if (event instanceof SessionEvent.PressureChanged changed) {
                recordChange(changed);
                return;
            }
            recordUnchanged(answer);
        }
        if (event instanceof SessionEvent.EntryStarted started) {
            if (started.entry().kind().handsOn() && started.pressure().isPresent()) {
                lastPressure = started.pressure().get();
                lastCeiling = PressureGuide.limit(started.entry().maxPressure().orElse(lastPressure),
                        PressureGuide.HOME_LIMIT);
            }
        } else if (event instanceof SessionEvent.CheckInAnswered answered) {
            answer(answered.answer());
        } else if (event instanceof SessionEvent.Stopped stopped && stopped.reason() == StopReason.PAIN) {
            String how = hurtAnswered ? "\"It hurts\" at a check-in. " : "Pain stop pressed. ";
            log.record(SafetyRule.PAIN_STOP, SafetyDecision.Outcome.STOPPED, how + SafetyAdvice.PAIN_STOP);
        }
    }

    private void answer(CheckInAnswer answer) {
        switch (answer) {
            case IT_HURTS -> hurtAnswered = true;
            case SAME -> log.record(SafetyRule.CHECK_IN_WAITS, SafetyDecision.Outcome.ALLOWED, lastPressure == null
                    ? "Same: pressure stays as it is."
                    : PressureGuide.shift(lastPressure, answer, lastCeiling).message());
            case LIGHTER, FIRMER -> pending = answer;
        }
    }

    private void recordChange(SessionEvent.PressureChanged changed) {
        CheckInAnswer cause = changed.cause();
        if (changed.pressure().isEmpty()) {
            log.record(SafetyRule.CHECK_IN_WAITS, SafetyDecision.Outcome.ALLOWED, cause.label()
                    + ": the pressure guidance moves one level " + (cause.pressureShift() < 0 ? "lighter." : "firmer."));
            return;
        }
        Pressure after = changed.pressure().get();
        // The session moves the pressure exactly one level when it sends this event.
        Pressure before = after.shifted(-cause.pressureShift(), PressureGuide.HOME_LIMIT);
        log.record(SafetyRule.CHECK_IN_WAITS, SafetyDecision.Outcome.ALLOWED,
                PressureGuide.shift(before, cause, PressureGuide.HOME_LIMIT).message());
        lastPressure = after;
    }

    private void recordUnchanged(CheckInAnswer answer) {
        if (lastPressure == null) {
            log.record(SafetyRule.CHECK_IN_WAITS, SafetyDecision.Outcome.ALLOWED,
                    answer.label() + ": pressure stays as it is.");
            return;
        }
        String message = PressureGuide.shift(lastPressure, answer, lastCeiling).message();
        if (answer == CheckInAnswer.FIRMER) {
            SafetyRule rule = lastCeiling.compareTo(PressureGuide.HOME_LIMIT) < 0 && lastCeiling == screeningCap
                    ? SafetyRule.PRESSURE_CAUTION_CAP : SafetyRule.PRESSURE_HOME_LIMIT;
            log.record(rule, SafetyDecision.Outcome.REFUSED, message);
        } else {
            log.record(SafetyRule.CHECK_IN_WAITS, SafetyDecision.Outcome.ALLOWED, message);
        }
    }
}
