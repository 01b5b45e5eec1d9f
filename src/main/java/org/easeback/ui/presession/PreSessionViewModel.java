package org.easeback.ui.presession;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.ui.BackgroundTasks;
import org.easeback.ui.SessionLauncher;
import org.easeback.ui.SessionRequest;

/**
 * The four steps before a session: receiver, screening, equipment, ready. Holds the answers and decides when
 * Continue is allowed; the screening verdict comes from the {@link ScreeningQuestionnaire}.
 */
public final class PreSessionViewModel {

    /** The steps, in order. */
    public enum Stage {
        RECEIVER("Receiver"), SCREENING("Screening"), EQUIPMENT("Equipment"), READY("Ready");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Routine routine;
    private final ScreeningQuestionnaire screening;
    private final SessionLauncher launcher;
    private final Runnable onCancel;

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.RECEIVER);
    private final ObservableList<Receiver> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<Receiver> receiver = new SimpleObjectProperty<>();
    private final List<ScreeningAnswer> answers;
    private final ReadOnlyObjectWrapper<ScreeningVerdict> verdict = new ReadOnlyObjectWrapper<>();
    private final List<ChecklistItem> checklist;
    private final BooleanBinding allGathered;
    private final BooleanBinding canContinue;

    /**
     * @param onCancel what Back on the first step does: return to the library
     */
    public PreSessionViewModel(Routine routine, BackgroundTasks tasks, ReceiverSource receiverSource,
                               ScreeningQuestionnaire screening, SessionLauncher launcher, Runnable onCancel) {
        this.routine = routine;
        this.screening = screening;
        this.launcher = launcher;
        this.onCancel = onCancel;
        answers = screening.questions().stream().map(ScreeningAnswer::new).toList();
        answers.forEach(a -> a.yesProperty().addListener((o, was, now) -> reassess()));
        reassess();
        checklist = EquipmentChecklist.items(routine).stream().map(ChecklistItem::new).toList();
        allGathered = Bindings.createBooleanBinding(
                () -> checklist.stream().allMatch(i -> i.tickedProperty().get()),
                checklist.stream().map(ChecklistItem::tickedProperty).toArray(javafx.beans.Observable[]::new));
        canContinue = Bindings.createBooleanBinding(() -> switch (stage.get()) {
            case RECEIVER -> receiver.get() != null;
            case SCREENING -> verdict.get().outcome() != ScreeningVerdict.Outcome.DO_NOT_START;
            case EQUIPMENT -> allGathered.get();
            case READY -> true;
        }, stage, receiver, verdict, allGathered);
        receivers.setAll(Receiver.guest());
        receiver.set(Receiver.guest());
        tasks.run(receiverSource::receivers, this::receiversLoaded, e -> { });
    }

    private void receiversLoaded(List<Receiver> loaded) {
        if (loaded.isEmpty()) {
            return;
        }
        Receiver chosen = receiver.get();
        receivers.setAll(loaded);
        receiver.set(loaded.stream().filter(r -> chosen != null && r.name().equals(chosen.name()))
                .findFirst().orElse(loaded.get(0)));
    }

    private void reassess() {
        Set<String> yes = answers.stream().filter(a -> a.yesProperty().get())
                .map(a -> a.question().id()).collect(Collectors.toUnmodifiableSet());
        verdict.set(screening.assess(yes));
    }

    /** Continue: to the next step, or on Ready, hands the session to the player. Ignored when not allowed. */
    public void next() {
        if (!canContinue.get()) {
            return;
        }
        Stage now = stage.get();
        if (now == Stage.READY) {
            launcher.start(new SessionRequest(routine, receiver.get(), verdict.get()));
        } else {
            stage.set(Stage.values()[now.ordinal() + 1]);
        }
    }

    /** Back: to the previous step, or from the first step back to the library. */
    public void back() {
        Stage now = stage.get();
        if (now == Stage.RECEIVER) {
            onCancel.run();
        } else {
            stage.set(Stage.values()[now.ordinal() - 1]);
        }
    }

    public Routine routine() {
        return routine;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<Receiver> receivers() {
        return receivers;
    }

    public ObjectProperty<Receiver> receiverProperty() {
        return receiver;
    }

    public List<ScreeningAnswer> answers() {
        return answers;
    }

    public ReadOnlyObjectProperty<ScreeningVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public List<ChecklistItem> checklist() {
        return checklist;
    }

    /** The setup steps the session starts with (shown under the checklist). */
    public List<String> setupSteps() {
        return EquipmentChecklist.setupSteps(routine);
    }

    public ObservableBooleanValue allGatheredProperty() {
        return allGathered;
    }

    /** True when the current step lets the giver go on. */
    public ObservableBooleanValue canContinueProperty() {
        return canContinue;
    }
}
