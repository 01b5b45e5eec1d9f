package org.easeback.ui.player;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.engine.CommandResult;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.SessionState;
import org.easeback.engine.StopReason;
import org.easeback.history.JournalingListener;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.MapPoint;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.SafetyAdvice;

/**
 * The player's state as properties, fed by session events (each says the state it leaves the session in) and
 * forwarding the giver's commands to the session. The summary is read from the session's record
 * ({@link JournalingListener#record()}), never kept here. It knows no nodes, so it is tested without a scene.
 * {@link #onEvent} must be called on the FX thread, which {@link FxSessionAdapter} ensures; the commands are
 * called there too (from keys and buttons).
 */
public final class PlayerViewModel implements SessionListener {

    /** The article's advice when pain stops a session; the engine's pain message always carries it. */
    public static final String PAIN_ADVICE = SafetyAdvice.PAIN_STOP;
    /** What the paused screen says under PAUSED. */
    public static final String RESUME_HINT = "Space to resume";
    /** What a session resumed after the app closed says: it waits for oily hands to be ready. */
    public static final String HANDS_READY_HINT = "Press Space when your hands are ready";

    private final Plan plan;
    private final Receiver receiver;
    private final Session session;
    private final JournalingListener record;
    private final EntryDisplay p;
    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(SessionState.READY);
    private final ReadOnlyObjectWrapper<PlayerPhase> phase = new ReadOnlyObjectWrapper<>(PlayerPhase.SESSION);
    private final ReadOnlyBooleanWrapper checkInShowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirmStopShowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper primaryAction = new ReadOnlyStringWrapper("Pause");
    private final ReadOnlyStringWrapper pausedHint = new ReadOnlyStringWrapper(RESUME_HINT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stopMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper soundOff = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notSaved = new ReadOnlyStringWrapper("");
    /** The time run so far; a restored session's starts from what its record holds. */
    private final TimeRun run;
    private final ReadOnlyObjectWrapper<SessionSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> cautions = FXCollections.observableArrayList();
    private final ObservableList<MapPoint> soreSpots = FXCollections.observableArrayList();
    /** The stop dialog paused a running session, so closing it resumes. */
    private boolean pausedForDialog;
    /** In a preview, what Esc does instead of asking: leave at once (nothing is recorded, so nothing to lose). */
    private Runnable leaveAtOnce;

    /** A player model whose record is kept in memory only (tests, and sessions that are not journaled). */
    public PlayerViewModel(Plan plan, Receiver receiver, Session session, List<String> cautions) {
        this(plan, receiver, session, cautions, JournalingListener.listeningInMemory(plan, receiver, session));
    }

    /** @param record the session's record, added to the session before any adapter that feeds this model */
    public PlayerViewModel(Plan plan, Receiver receiver, Session session, List<String> cautions,
                           JournalingListener record) {
        this.plan = Objects.requireNonNull(plan);
        this.receiver = receiver == null ? Receiver.guest() : receiver;
        this.session = Objects.requireNonNull(session);
        this.record = Objects.requireNonNull(record);
        this.run = new TimeRun(() -> record.record().duration().toNanos());
        this.cautions.setAll(cautions == null ? List.of() : cautions);
        this.receiver.soreSpots().stream().map(SoreSpot::point).forEach(soreSpots::add);
        this.p = new EntryDisplay(plan);
    }

    // ---------------------------------------------------------------- commands (FX thread)

    /** Starts the session. */
    public void start() {
        report(session.start());
    }

    /** A session restored after the app closed: it shows its step, paused, until the giver's hands are ready. */
    public void awaitHands() {
        pausedHint.set(HANDS_READY_HINT);
    }

    /** Shows {@code notice} ("Sound off: no audio device …", or empty) for as long as the session runs. */
    public void soundNotice(javafx.beans.value.ObservableValue<String> notice) {
        soundOff.bind(notice);
    }

    /** Space: Done on an open step, otherwise pause or resume. */
    public void primary() {
        if (!inSessionWithoutOverlay()) {
            return;
        }
        if (state.get() == SessionState.AWAITING_DONE) {
            report(session.done());
        } else {
            pauseOrResume();
        }
    }

    public void pauseOrResume() {
        if (state.get() == SessionState.PAUSED) {
            report(session.resume());
        } else if (state.get() == SessionState.RUNNING) {
            report(session.pause());
        }
    }

    public void next() {
        if (inSessionWithoutOverlay()) {
            report(session.next());
        }
    }

    public void back() {
        if (inSessionWithoutOverlay()) {
            report(session.back());
        }
    }

    /** Adds 15 s to the running entry. */
    public void extend() {
        if (inSessionWithoutOverlay()) {
            report(session.extend());
        }
    }

    /** Answers the open check-in; ignored when none is showing (keys 1–4 do nothing elsewhere). */
    public void answer(CheckInAnswer answer) {
        if (checkInShowing.get() && phase.get() == PlayerPhase.SESSION && !confirmStopShowing.get()) {
            report(session.answer(answer));
        }
    }

    /** Answers by number key 1–4. */
    public void answerKey(int key) {
        for (CheckInAnswer a : CheckInAnswer.values()) {
            if (a.key() == key) {
                answer(a);
            }
        }
    }

    /** A preview: Esc (or Stop) runs {@code leave} at once, with no question and no summary. */
    public void leaveAtOnce(Runnable leave) {
        leaveAtOnce = Objects.requireNonNull(leave);
    }

    /** Esc: asks for confirmation before stopping; the timer holds still while it asks. In a preview, leaves. */
    public void requestStop() {
        if (phase.get() != PlayerPhase.SESSION || state.get().isFinal() || confirmStopShowing.get()) {
            return;
        }
        if (leaveAtOnce != null) {
            leaveAtOnce.run();
            return;
        }
        if (state.get() == SessionState.RUNNING) {
            pausedForDialog = session.pause().accepted();
        }
        confirmStopShowing.set(true);
    }

    /** Esc again: the session goes on as it was. */
    public void cancelStop() {
        if (!confirmStopShowing.get()) {
            return;
        }
        confirmStopShowing.set(false);
        if (pausedForDialog) {
            pausedForDialog = false;
            report(session.resume());
        }
    }

    /** The giver confirmed: the session ends early and the summary shows. */
    public void confirmStop() {
        if (!confirmStopShowing.get()) {
            return;
        }
        confirmStopShowing.set(false);
        pausedForDialog = false;
        report(session.stop());
    }

    /** P, or the pain button: stops at once, from anywhere in the session, with no confirmation. */
    public void painStop() {
        if (phase.get() != PlayerPhase.SESSION || state.get().isFinal()) {
            return;
        }
        confirmStopShowing.set(false);
        pausedForDialog = false;
        report(session.painStop());
    }

    /** From the stop screen to the summary. */
    public void showSummary() {
        if (phase.get() == PlayerPhase.SAFETY_STOP) {
            phase.set(PlayerPhase.SUMMARY);
        }
    }

    private boolean inSessionWithoutOverlay() {
        return phase.get() == PlayerPhase.SESSION && !confirmStopShowing.get() && !checkInShowing.get();
    }

    private void report(CommandResult result) {
        status.set(result.accepted() ? "" : result.reason());
    }

    // ---------------------------------------------------------------- events (FX thread)

    @Override
    public void onEvent(SessionEvent event) {
        run.on(event);
        if (event instanceof SessionEvent.EntryStarted e) {
            checkInShowing.set(false);
            p.show(plan, e.entry(), e.pressure(), e.length());
            setState(e.state());
            status.set("");
            } else if (event instanceof SessionEvent.Tick t) {
            p.tick(plan, t);
        } else if (event instanceof SessionEvent.PaceBeat) {
            p.beat();
        } else if (event instanceof SessionEvent.AwaitingDone) {
            setState(SessionState.AWAITING_DONE);
        } else if (event instanceof SessionEvent.CheckInRequested c) {
            setState(SessionState.CHECKING_IN);
            p.checkIn(c.prompt(), c.choices());
            checkInShowing.set(true);
        } else if (event instanceof SessionEvent.CheckInAnswered) {
            checkInShowing.set(false);
        } else if (event instanceof SessionEvent.EntryExtended x) {
            p.extended(plan, x);
        } else if (event instanceof SessionEvent.Paused) {
            setState(SessionState.PAUSED);
        } else if (event instanceof SessionEvent.Resumed r) {
            pausedHint.set(RESUME_HINT);
            setState(r.state());
        } else if (event instanceof SessionEvent.Finished) {
            setState(SessionState.FINISHED);
            p.finished(plan);
            end(Optional.empty(), "", PlayerPhase.SUMMARY);
        } else if (event instanceof SessionEvent.Stopped s) {
            boolean pain = s.reason() == StopReason.PAIN;
            setState(pain ? SessionState.STOPPED_FOR_SAFETY : SessionState.ABANDONED);
            end(Optional.of(s.reason()), s.message() == null ? "" : s.message().strip(),
                    pain ? PlayerPhase.SAFETY_STOP : PlayerPhase.SUMMARY);
        } else if (event instanceof SessionEvent.SwitchSides s) {
            p.switchSides(s.side());
        }
        // Halfway, Countdown and EntryEnded only make sounds or records; the ring already shows the time.
    }

    /**
     * Brings "Elapsed" up to the session clock's now: between events (a check-in or an open step sends no ticks)
     * the time run still grows. FX thread; the view calls it a few times a second.
     */
    public void refreshElapsed() {
        run.refresh(session.clock().nanoTime());
    }

    private void end(Optional<StopReason> reason, String message, PlayerPhase next) {
        checkInShowing.set(false);
        confirmStopShowing.set(false);
        stopMessage.set(message);
        summary.set(SummaryWording.of(record.record(), plan, reason, message));
        phase.set(next);
    }

    private void setState(SessionState s) {
        state.set(s);
        primaryAction.set(switch (s) {
            case PAUSED -> "Resume";
            case AWAITING_DONE -> "Done";
            default -> "Pause";
        });
    }

    // ---------------------------------------------------------------- properties

    public Plan plan() {
        return plan;
    }

    public Receiver receiver() {
        return receiver;
    }

    /** Records that the session is no longer being saved (FX thread); the first reason is the one shown. */
    public void notSaved(String reason) {
        if (notSaved.get().isEmpty()) {
            notSaved.set("This session is not being saved: " + reason);
        }
    }

    /** "This session is not being saved: REASON", or empty while the journal is written. */
    public ReadOnlyStringProperty notSavedProperty() {
        return notSaved.getReadOnlyProperty();
    }

    /**
     * Seconds the session has run: from its start, less pauses (check-ins and open steps count), as its record
     * and the history count its duration. Not the plan position: Back, Next and +15 s do not move it.
     */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return run.secondsProperty();
    }

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayerPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the current entry shows: words, time, side, pressure, and a check-in's answers. */
    public EntryDisplay entry() {
        return p;
    }

    public ReadOnlyBooleanProperty checkInShowingProperty() {
        return checkInShowing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmStopShowingProperty() {
        return confirmStopShowing.getReadOnlyProperty();
    }

    /** What Space does now: "Pause", "Resume" or "Done". */
    public ReadOnlyStringProperty primaryActionProperty() {
        return primaryAction.getReadOnlyProperty();
    }

    /** What the paused screen asks: {@link #RESUME_HINT}, or {@link #HANDS_READY_HINT} after a resume offer. */
    public ReadOnlyStringProperty pausedHintProperty() {
        return pausedHint.getReadOnlyProperty();
    }

    /** Why the last command was refused; empty when it was accepted. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Sound off: no audio device (REASON)…" while the cues cannot play; empty while they can. */
    public ReadOnlyStringProperty soundOffProperty() {
        return soundOff.getReadOnlyProperty();
    }

    /** The stop screen's text: the engine's message (after pain, always with the article's advice). */
    public ReadOnlyStringProperty stopMessageProperty() {
        return stopMessage.getReadOnlyProperty();
    }

    /** The outcome, once the session has ended; null before. */
    public ReadOnlyObjectProperty<SessionSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Screening cautions shown during the session. */
    public ObservableList<String> cautions() {
        return FXCollections.unmodifiableObservableList(cautions);
    }

    /** All the receiver's sore spots, drawn small on the map. */
    public ObservableList<MapPoint> soreSpots() {
        return FXCollections.unmodifiableObservableList(soreSpots);
    }
}
