package org.easeback.ui.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.engine.CommandResult;
import org.easeback.engine.EntryKind;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.SessionState;
import org.easeback.engine.StopReason;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.CheckInAnswer;
import org.easeback.safety.PressureGuide;
import org.easeback.safety.PressureShift;
import org.easeback.safety.SafetyAdvice;

/**
 * The player's state as properties, fed by session events and forwarding the giver's commands to the session.
 * It knows no nodes, so it is tested without a scene. {@link #onEvent} must be called on the FX thread, which
 * {@link FxSessionAdapter} ensures; the commands are called there too (from keys and buttons).
 */
public final class PlayerViewModel implements SessionListener {

    /** The article's advice when pain stops a session; shown on the stop screen whatever the engine adds. */
    public static final String PAIN_ADVICE = SafetyAdvice.PAIN_STOP;

    private final Plan plan;
    private final Receiver receiver;
    private final Session session;

    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(SessionState.READY);
    private final ReadOnlyObjectWrapper<PlayerPhase> phase = new ReadOnlyObjectWrapper<>(PlayerPhase.SESSION);
    private final ReadOnlyIntegerWrapper entryIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<EntryKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instructions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper entryLength = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper remainingInEntry = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper remainingInSession = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper elapsed = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper entryProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pressure> pressure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper strokesPerMinute = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapPoint> spot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper beats = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper checkInShowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper checkInPrompt = new ReadOnlyStringWrapper("");
    private final ObservableList<CheckInOption> checkInOptions = FXCollections.observableArrayList();
    private final ObservableList<CheckInOption> checkInOptionsView =
            FXCollections.unmodifiableObservableList(checkInOptions);
    private final ReadOnlyBooleanWrapper confirmStopShowing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper primaryAction = new ReadOnlyStringWrapper("Pause");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stopMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notSaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SessionSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> cautions = FXCollections.observableArrayList();
    private final ObservableList<String> cautionsView = FXCollections.unmodifiableObservableList(cautions);
    private final ObservableList<MapPoint> soreSpots = FXCollections.observableArrayList();
    private final ObservableList<MapPoint> soreSpotsView = FXCollections.unmodifiableObservableList(soreSpots);

    private SessionState beforePause = SessionState.RUNNING;
    private long startedAtNanos = Long.MIN_VALUE;
    private int extensionSeconds;
    private int highestStarted = -1;
    private final List<Integer> doneEntries = new ArrayList<>();
    private final List<String> checkInLines = new ArrayList<>();
    private CheckInAnswer lastAnswer;
    private int lastAnswerEntry = -1;
    private Optional<StopReason> stopReason = Optional.empty();

    public PlayerViewModel(Plan plan, Receiver receiver, Session session, List<String> cautions) {
        this.plan = Objects.requireNonNull(plan);
        this.receiver = receiver == null ? Receiver.guest() : receiver;
        this.session = Objects.requireNonNull(session);
        this.cautions.setAll(cautions == null ? List.of() : cautions);
        this.receiver.soreSpots().stream().map(SoreSpot::point).forEach(soreSpots::add);
        remainingInSession.set(plan.totalSeconds());
        if (plan.size() > 0) {
            showEntry(plan.entry(0), plan.entry(0).pressure(), plan.entry(0).length());
        }
    }

    // ---------------------------------------------------------------- commands (FX thread)

    /** Starts the session. */
    public void start() {
        report(session.start());
    }

    /** Space: Done on an open step, otherwise pause or resume. */
    public void primary() {
        if (phase.get() != PlayerPhase.SESSION || confirmStopShowing.get() || checkInShowing.get()) {
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
        if (!checkInShowing.get() || phase.get() != PlayerPhase.SESSION) {
            return;
        }
        report(session.answer(answer));
    }

    /** Answers by number key 1–4. */
    public void answerKey(int key) {
        for (CheckInAnswer a : CheckInAnswer.values()) {
            if (a.key() == key) {
                answer(a);
            }
        }
    }

    /** Esc: asks for confirmation before stopping. */
    public void requestStop() {
        if (phase.get() == PlayerPhase.SESSION && !state.get().isFinal()) {
            confirmStopShowing.set(true);
        }
    }

    public void cancelStop() {
        confirmStopShowing.set(false);
    }

    /** The giver confirmed: the session ends early and the summary shows. */
    public void confirmStop() {
        if (!confirmStopShowing.get()) {
            return;
        }
        confirmStopShowing.set(false);
        report(session.stop());
    }

    /** P, or the pain button: stops at once, from anywhere in the session, with no confirmation. */
    public void painStop() {
        if (phase.get() != PlayerPhase.SESSION || state.get().isFinal()) {
            return;
        }
        confirmStopShowing.set(false);
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
        if (event instanceof SessionEvent.EntryStarted e) {
            onEntryStarted(e);
        } else if (event instanceof SessionEvent.Tick t) {
            onTick(t);
        } else if (event instanceof SessionEvent.PaceBeat) {
            beats.set(beats.get() + 1);
        } else if (event instanceof SessionEvent.AwaitingDone) {
            setState(SessionState.AWAITING_DONE);
        } else if (event instanceof SessionEvent.CheckInRequested c) {
            onCheckIn(c);
        } else if (event instanceof SessionEvent.CheckInAnswered a) {
            onAnswered(a);
        } else if (event instanceof SessionEvent.PressureChanged p) {
            onPressureChanged(p);
        } else if (event instanceof SessionEvent.EntryExtended x) {
            onExtended(x);
        } else if (event instanceof SessionEvent.Paused) {
            if (state.get() != SessionState.PAUSED) {
                beforePause = state.get();
            }
            setState(SessionState.PAUSED);
        } else if (event instanceof SessionEvent.Resumed) {
            setState(beforePause == SessionState.PAUSED ? SessionState.RUNNING : beforePause);
        } else if (event instanceof SessionEvent.Finished f) {
            onFinished(f);
        } else if (event instanceof SessionEvent.Stopped s) {
            onStopped(s);
        } else if (event instanceof SessionEvent.SwitchSides s) {
            side.set(s.side());
        }
        // Halfway and Countdown only make sounds (see SessionCues); the ring already shows the time.
    }

    private void onEntryStarted(SessionEvent.EntryStarted e) {
        if (startedAtNanos == Long.MIN_VALUE) {
            startedAtNanos = e.atNanos();
        }
        int previous = entryIndex.get();
        if (highestStarted >= 0 && e.entryIndex() > previous && !doneEntries.contains(previous)) {
            doneEntries.add(previous);
        }
        highestStarted = Math.max(highestStarted, e.entryIndex());
        checkInShowing.set(false);
        showEntry(e.entry(), e.pressure(), e.length());
        PlanEntry entry = e.entry();
        SessionState natural = entry.checkIn() ? SessionState.CHECKING_IN
                : entry.timed() ? SessionState.RUNNING : SessionState.AWAITING_DONE;
        // Next and Back keep a pause (except into a check-in): the new entry waits for Resume.
        if (state.get() == SessionState.PAUSED && natural != SessionState.CHECKING_IN) {
            beforePause = natural;
        } else {
            setState(natural);
        }
        status.set("");
    }

    private void showEntry(PlanEntry entry, Optional<Pressure> entryPressure, Duration length) {
        entryIndex.set(entry.index());
        kind.set(entry.kind());
        position.set(kindName(entry.kind()) + " · " + (entry.index() + 1) + " of " + plan.size());
        title.set(entry.title());
        instructions.set(String.join("\n", entry.instructions()));
        location.set(entry.location().orElse(""));
        double seconds = length.toMillis() / 1000.0;
        entryLength.set(seconds);
        remainingInEntry.set(seconds);
        entryProgress.set(0);
        side.set(entry.side().orElse(null));
        if (entry.kind().handsOn()) {
            pressure.set(entryPressure.or(entry::pressure).orElse(Pressure.DEFAULT));
        } else if (!entry.checkIn()) {
            pressure.set(null);
        }
        strokesPerMinute.set(entry.strokesPerMinute().orElse(0));
        diagram.set(entry.kind() == EntryKind.TECHNIQUE ? entry.diagram().orElse(null) : null);
        spot.set(entry.spot().orElse(null));
        next.set(nextText(entry.index()));
        int after = 0;
        for (int i = entry.index() + 1; i < plan.size(); i++) {
            after += plan.entry(i).seconds().orElse(0);
        }
        remainingInSession.set(seconds + after);
        updateElapsed();
    }

    private void onTick(SessionEvent.Tick t) {
        if (t.entryIndex() != entryIndex.get()) {
            return;
        }
        double length = entryLength.get();
        double left = t.remainingInEntry().toMillis() / 1000.0;
        remainingInEntry.set(left);
        entryProgress.set(length > 0 ? Math.max(0, Math.min(1, 1 - left / length)) : 0);
        remainingInSession.set(t.remainingInSession().toMillis() / 1000.0);
        updateElapsed();
    }

    private void updateElapsed() {
        elapsed.set(Math.max(0, plan.totalSeconds() + extensionSeconds - remainingInSession.get()));
    }

    private void onExtended(SessionEvent.EntryExtended x) {
        double newLength = x.length().toMillis() / 1000.0;
        double added = newLength - entryLength.get();
        extensionSeconds += (int) Math.round(added);
        entryLength.set(newLength);
        remainingInEntry.set(remainingInEntry.get() + added);
        remainingInSession.set(remainingInSession.get() + added);
        entryProgress.set(newLength > 0 ? Math.max(0, Math.min(1, 1 - remainingInEntry.get() / newLength)) : 0);
        updateElapsed();
    }

    private void onCheckIn(SessionEvent.CheckInRequested c) {
        setState(SessionState.CHECKING_IN);
        checkInPrompt.set(c.prompt());
        checkInOptions.setAll(optionsFor(c.entryIndex()));
        confirmStopShowing.set(false);
        checkInShowing.set(true);
    }

    private void onAnswered(SessionEvent.CheckInAnswered a) {
        checkInShowing.set(false);
        lastAnswer = a.answer();
        lastAnswerEntry = a.entryIndex();
        checkInLines.add(answerLine(a.answer(), Optional.empty()));
    }

    private void onPressureChanged(SessionEvent.PressureChanged p) {
        if (lastAnswer != null && p.entryIndex() == lastAnswerEntry && !checkInLines.isEmpty()) {
            checkInLines.set(checkInLines.size() - 1, answerLine(lastAnswer, p.pressure()));
        }
        if (p.pressure().isPresent() && kind.get() != null && kind.get().handsOn()) {
            pressure.set(p.pressure().get());
        }
    }

    private String answerLine(CheckInAnswer answer, Optional<Pressure> after) {
        return "Check-in " + (checkInLines.size() + (after.isPresent() ? 0 : 1)) + ": " + answer.label()
                + after.map(p -> " → " + PressureGuide.label(p)).orElse("");
    }

    private void onFinished(SessionEvent.Finished f) {
        int last = entryIndex.get();
        if (!doneEntries.contains(last)) {
            doneEntries.add(last);
        }
        setState(SessionState.FINISHED);
        checkInShowing.set(false);
        confirmStopShowing.set(false);
        remainingInEntry.set(0);
        remainingInSession.set(0);
        entryProgress.set(1);
        updateElapsed();
        summary.set(buildSummary(f.atNanos(), f.runningTime()));
        phase.set(PlayerPhase.SUMMARY);
    }

    private void onStopped(SessionEvent.Stopped s) {
        stopReason = Optional.of(s.reason());
        checkInShowing.set(false);
        confirmStopShowing.set(false);
        setState(s.reason() == StopReason.PAIN ? SessionState.STOPPED_FOR_SAFETY : SessionState.ABANDONED);
        String message = s.message() == null ? "" : s.message().strip();
        if (s.reason() == StopReason.PAIN && !message.contains("doctor")) {
            message = (message + " " + PAIN_ADVICE).strip();
        }
        stopMessage.set(message);
        summary.set(buildSummary(s.atNanos(), session.runningTime()));
        phase.set(s.reason() == StopReason.PAIN ? PlayerPhase.SAFETY_STOP : PlayerPhase.SUMMARY);
    }

    private SessionSummary buildSummary(long endNanos, Duration runningTime) {
        List<String> done = doneEntries.stream()
                .map(plan::entry)
                .filter(e -> !e.checkIn())
                .map(PlayerViewModel::doneLine)
                .collect(Collectors.toList());
        Duration wall = startedAtNanos == Long.MIN_VALUE ? Duration.ZERO
                : Duration.ofNanos(Math.max(0, endNanos - startedAtNanos));
        String during = stopReason.isPresent() ? plan.entry(entryIndex.get()).title() : "";
        return new SessionSummary(plan.title(), receiver.name(), done, checkInLines, stopReason,
                stopMessage.get(), during, wall, runningTime);
    }

    private static String doneLine(PlanEntry e) {
        String where = e.side().map(s -> " (" + s.jsonName() + ")").orElse("");
        String when = e.seconds().isPresent() ? ", " + PlayerFormat.duration(e.seconds().getAsInt()) : "";
        return e.title() + where + when;
    }

    private void setState(SessionState s) {
        state.set(s);
        primaryAction.set(switch (s) {
            case PAUSED -> "Resume";
            case AWAITING_DONE -> "Done";
            default -> "Pause";
        });
    }

    // ---------------------------------------------------------------- wording

    private List<CheckInOption> optionsFor(int checkInIndex) {
        Optional<PlanEntry> upcoming = plan.entries().stream()
                .filter(e -> e.index() > checkInIndex && e.kind().handsOn())
                .findFirst();
        List<CheckInOption> out = new ArrayList<>();
        if (upcoming.isEmpty()) {
            out.add(new CheckInOption(CheckInAnswer.LIGHTER, "noted, lighter next time", ""));
            out.add(new CheckInOption(CheckInAnswer.SAME, "noted, all is well", ""));
            out.add(new CheckInOption(CheckInAnswer.FIRMER, "noted, firmer next time", ""));
        } else {
            PlanEntry e = upcoming.get();
            Pressure cap = e.maxPressure().orElse(PressureGuide.HOME_LIMIT);
            Pressure now = session.pressureFor(e).orElse(e.pressure().orElse(Pressure.DEFAULT));
            for (CheckInAnswer answer : List.of(CheckInAnswer.LIGHTER, CheckInAnswer.SAME, CheckInAnswer.FIRMER)) {
                PressureShift shift = PressureGuide.shift(now, answer, cap);
                String effect = shift.to() != shift.from() ? PressureGuide.label(shift.to())
                        : "stays " + PressureGuide.label(shift.to()) + switch (answer) {
                            case LIGHTER -> ", the lightest";
                            case FIRMER -> ", the most allowed";
                            default -> "";
                        };
                out.add(new CheckInOption(answer, effect, shift.message()));
            }
        }
        out.add(new CheckInOption(CheckInAnswer.IT_HURTS, "stops the session at once",
                PressureGuide.shift(Pressure.DEFAULT, CheckInAnswer.IT_HURTS, PressureGuide.HOME_LIMIT).message()));
        return out;
    }

    private String nextText(int index) {
        if (index + 1 >= plan.size()) {
            return "Next: the summary";
        }
        PlanEntry n = plan.entry(index + 1);
        if (n.checkIn()) {
            return "Next: check-in, ask about the pressure";
        }
        StringBuilder b = new StringBuilder("Next: ").append(n.title());
        n.side().ifPresent(s -> b.append(", ").append(s.jsonName()));
        if (n.seconds().isPresent()) {
            b.append(", ").append(PlayerFormat.duration(n.seconds().getAsInt()));
        }
        return b.toString();
    }

    private static String kindName(EntryKind k) {
        return switch (k) {
            case SETUP -> "Get ready";
            case OIL -> "Oil";
            case TECHNIQUE -> "Technique";
            case SORE_SPOT -> "Sore spot";
            case CHECK_IN -> "Check-in";
            case INFO -> "About";
        };
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

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayerPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty entryIndexProperty() {
        return entryIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EntryKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** "Technique · 3 of 14". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The entry's instructions, one sentence a line. */
    public ReadOnlyStringProperty instructionsProperty() {
        return instructions.getReadOnlyProperty();
    }

    /** A sore spot's place in words; empty otherwise. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** Seconds in the current entry, extensions included; 0 for open steps and check-ins. */
    public ReadOnlyDoubleProperty entryLengthProperty() {
        return entryLength.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty remainingInEntryProperty() {
        return remainingInEntry.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty remainingInSessionProperty() {
        return remainingInSession.getReadOnlyProperty();
    }

    /** Seconds of the plan behind us (planned time, extensions included, minus what remains). */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** 0 to 1 through the current entry. */
    public ReadOnlyDoubleProperty entryProgressProperty() {
        return entryProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Side> sideProperty() {
        return side.getReadOnlyProperty();
    }

    /** The pressure to use now (check-in answers included); null when no hands are on the back. */
    public ReadOnlyObjectProperty<Pressure> pressureProperty() {
        return pressure.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty strokesPerMinuteProperty() {
        return strokesPerMinute.getReadOnlyProperty();
    }

    /** The technique's diagram for technique entries; null otherwise. */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** The spot held now, for sore-spot entries; null otherwise. */
    public ReadOnlyObjectProperty<MapPoint> spotProperty() {
        return spot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** Counts every pace beat of the session; the view pulses on each change. */
    public ReadOnlyIntegerProperty beatsProperty() {
        return beats.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkInShowingProperty() {
        return checkInShowing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkInPromptProperty() {
        return checkInPrompt.getReadOnlyProperty();
    }

    /** The four answers of the showing check-in, in key order, each saying what it changes. */
    public ObservableList<CheckInOption> checkInOptions() {
        return checkInOptionsView;
    }

    public ReadOnlyBooleanProperty confirmStopShowingProperty() {
        return confirmStopShowing.getReadOnlyProperty();
    }

    /** What Space does now: "Pause", "Resume" or "Done". */
    public ReadOnlyStringProperty primaryActionProperty() {
        return primaryAction.getReadOnlyProperty();
    }

    /** Why the last command was refused; empty when it was accepted. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The stop screen's text (engine's message, always with the article's advice for pain). */
    public ReadOnlyStringProperty stopMessageProperty() {
        return stopMessage.getReadOnlyProperty();
    }

    /** The outcome, once the session has ended; null before. */
    public ReadOnlyObjectProperty<SessionSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Screening cautions shown during the session. */
    public ObservableList<String> cautions() {
        return cautionsView;
    }

    /** All the receiver's sore spots, drawn small on the map. */
    public ObservableList<MapPoint> soreSpots() {
        return soreSpotsView;
    }

    /** Seconds between pace beats of the current entry, or 0 without a pace. */
    public double beatIntervalSeconds() {
        int spm = strokesPerMinute.get();
        return spm > 0 ? 60.0 / spm : 0;
    }
}
