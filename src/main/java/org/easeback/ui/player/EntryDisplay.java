package org.easeback.ui.player;

import java.time.Duration;
import java.util.Optional;
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
import org.easeback.engine.EntryKind;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanEntry;
import org.easeback.engine.SessionEvent;
import org.easeback.routine.Diagram;
import org.easeback.routine.MapPoint;
import org.easeback.routine.Pressure;
import org.easeback.routine.Side;
import org.easeback.safety.PressureShift;

/**
 * What the player shows of the current entry, as properties: its words, its time, its side and pressure, and a
 * check-in's question and answers. {@link PlayerViewModel} fills it from the session's events (FX thread).
 */
public final class EntryDisplay {

    private final ReadOnlyIntegerWrapper entryIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<EntryKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instructions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper entryLength = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper remainingInEntry = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper remainingInSession = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper entryProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pressure> pressure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper strokesPerMinute = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapPoint> spot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper beats = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper checkInPrompt = new ReadOnlyStringWrapper("");
    private final ObservableList<CheckInOption> checkInOptions = FXCollections.observableArrayList();
    private final ObservableList<CheckInOption> checkInOptionsView =
            FXCollections.unmodifiableObservableList(checkInOptions);

    EntryDisplay(Plan plan) {
        remainingInSession.set(plan.totalSeconds());
        if (plan.size() > 0) {
            show(plan, plan.entry(0), plan.entry(0).pressure(), plan.entry(0).length());
        }
    }

    /** Shows {@code entry}, at {@code entryPressure} (the engine's: for a check-in, the one it asks about). */
    void show(Plan plan, PlanEntry entry, Optional<Pressure> entryPressure, Duration length) {
        entryIndex.set(entry.index());
        kind.set(entry.kind());
        position.set(PlayerWording.position(entry, plan));
        title.set(entry.title());
        instructions.set(String.join("\n", entry.instructions()));
        location.set(entry.location().orElse(""));
        double seconds = length.toMillis() / 1000.0;
        entryLength.set(seconds);
        remainingInEntry.set(seconds);
        entryProgress.set(0);
        side.set(entry.side().orElse(null));
        pressure.set(entry.kind().handsOn() || entry.checkIn() ? entryPressure.orElse(null) : null);
        strokesPerMinute.set(entry.strokesPerMinute().orElse(0));
        diagram.set(entry.kind() == EntryKind.TECHNIQUE ? entry.diagram().orElse(null) : null);
        spot.set(entry.spot().orElse(null));
        next.set(PlayerWording.next(plan, entry.index()));
        int after = 0;
        for (int i = entry.index() + 1; i < plan.size(); i++) {
            after += plan.entry(i).seconds().orElse(0);
        }
        remainingInSession.set(seconds + after);
    }

    void tick(Plan plan, SessionEvent.Tick t) {
        if (t.entryIndex() != entryIndex.get()) {
            return;
        }
        double length = entryLength.get();
        double left = t.remainingInEntry().toMillis() / 1000.0;
        remainingInEntry.set(left);
        entryProgress.set(length > 0 ? Math.max(0, Math.min(1, 1 - left / length)) : 0);
        remainingInSession.set(t.remainingInSession().toMillis() / 1000.0);
    }

    void extended(Plan plan, SessionEvent.EntryExtended x) {
        double newLength = x.length().toMillis() / 1000.0;
        double added = newLength - entryLength.get();
        entryLength.set(newLength);
        remainingInEntry.set(remainingInEntry.get() + added);
        remainingInSession.set(remainingInSession.get() + added);
        entryProgress.set(newLength > 0 ? Math.max(0, Math.min(1, 1 - remainingInEntry.get() / newLength)) : 0);
    }

    void beat() {
        beats.set(beats.get() + 1);
    }

    void switchSides(Side to) {
        side.set(to);
    }

    void checkIn(String prompt, java.util.List<PressureShift> choices) {
        checkInPrompt.set(prompt);
        checkInOptions.setAll(PlayerWording.checkInOptions(choices));
    }

    void finished(Plan plan) {
        remainingInEntry.set(0);
        remainingInSession.set(0);
        entryProgress.set(1);
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

    /** 0 to 1 through the current entry. */
    public ReadOnlyDoubleProperty entryProgressProperty() {
        return entryProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Side> sideProperty() {
        return side.getReadOnlyProperty();
    }

    /** The pressure now, as the engine says (at a check-in: the one the question is about); null with hands off. */
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

    public ReadOnlyStringProperty checkInPromptProperty() {
        return checkInPrompt.getReadOnlyProperty();
    }

    /** The four answers of the showing check-in, in key order, each saying what it changes. */
    public ObservableList<CheckInOption> checkInOptions() {
        return checkInOptionsView;
    }

    /** Seconds between pace beats of the current entry, or 0 without a pace. */
    public double beatIntervalSeconds() {
        int spm = strokesPerMinute.get();
        return spm > 0 ? 60.0 / spm : 0;
    }
}
