package org.easeback.ui.presession;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.easeback.engine.PlanResult;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.safety.ScreeningResult;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SessionLauncher;
import org.easeback.ui.kit.SessionPlanner;
import org.easeback.ui.kit.SessionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four steps before a session: receiver, screening, equipment, ready. Holds the answers and decides when
 * Continue is allowed; the screening outcome is the safety module's {@link Screening}: the view decides nothing.
 */
public final class PreSessionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PreSessionViewModel.class);

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
    private final SessionLauncher launcher;
    private final BackgroundTasks tasks;
    private final SessionPlanner planner;
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Runnable onCancel;

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.RECEIVER);
    private final ObservableList<Receiver> receivers = FXCollections.observableArrayList();
    private final ObjectProperty<Receiver> receiver = new SimpleObjectProperty<>();
    private final List<ScreeningAnswer> answers;
    private final ReadOnlyObjectWrapper<ScreeningResult> screening = new ReadOnlyObjectWrapper<>();
    private final List<ChecklistItem> checklist;
    private final BooleanBinding allGathered;
    private final BooleanBinding canContinue;
    private final ReadOnlyObjectWrapper<List<String>> oilRefusals = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param onCancel what Back on the first step does: return to the library
     */
    public PreSessionViewModel(Routine routine, BackgroundTasks tasks, ReceiverSource receiverSource,
                               SessionPlanner planner, SessionLauncher launcher, Runnable onCancel) {
        this.routine = routine;
        this.tasks = tasks;
        this.planner = planner;
        this.launcher = launcher;
        this.onCancel = onCancel;
        answers = Arrays.stream(ScreeningQuestion.values()).map(ScreeningAnswer::new).toList();
        answers.forEach(a -> a.yesProperty().addListener((o, was, now) -> reassess()));
        reassess();
        checklist = EquipmentChecklist.items(routine).stream().map(ChecklistItem::new).toList();
        allGathered = Bindings.createBooleanBinding(
                () -> checklist.stream().allMatch(i -> i.tickedProperty().get()),
                checklist.stream().map(ChecklistItem::tickedProperty).toArray(javafx.beans.Observable[]::new));
        canContinue = Bindings.createBooleanBinding(() -> switch (stage.get()) {
            case RECEIVER -> receiver.get() != null;
            case SCREENING -> screening.get().mayStart();
            case EQUIPMENT -> allGathered.get();
            case READY -> !starting.get();
        }, stage, receiver, screening, allGathered, starting);
        receiver.addListener((o, was, now) -> oilRefusals.set(OilRefusalLines.of(now)));
        receivers.setAll(Receiver.guest());
        receiver.set(Receiver.guest());
        tasks.run(receiverSource::receivers, this::receiversLoaded,
                e -> LOG.warn("Receivers could not be read; offering the guest only: {}", e.getMessage()));
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
        ScreeningAnswers given = ScreeningAnswers.allNo();
        for (ScreeningAnswer a : answers) {
            given = given.with(a.question(), a.yesProperty().get());
        }
        screening.set(Screening.assess(given));
    }

    /**
     * Continue: to the next step, or on Ready, compiles the plan in the background and hands the session to the
     * player. Ignored when not allowed.
     */
    public void next() {
        if (!canContinue.get()) {
            return;
        }
        Stage now = stage.get();
        if (now == Stage.READY) {
            Receiver who = receiver.get();
            ScreeningResult result = screening.get();
            starting.set(true);
            problem.set("");
            tasks.run(() -> planner.plan(routine, who, result), planned -> {
                starting.set(false);
                if (planned instanceof PlanResult.Compiled compiled) {
                    launcher.start(new SessionRequest(routine, who, result, compiled.plan()));
                } else if (planned instanceof PlanResult.Refused refused) {
                    problem.set(refused.reason());
                }
            }, e -> {
                starting.set(false);
                problem.set("The session could not be prepared: " + e.getMessage()
                        + ". Go back to the library and choose the routine again.");
            });
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

    /** True while the plan is being compiled after Start. */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    /** Why the session could not start (a sentence for the user); empty when there is nothing wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
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

    /** For the chosen receiver, each oil the session will leave out and why, one line each; empty if none. */
    public ReadOnlyObjectProperty<List<String>> oilRefusalsProperty() {
        return oilRefusals.getReadOnlyProperty();
    }

    public List<ScreeningAnswer> answers() {
        return answers;
    }

    /** The safety module's decision on the current answers. */
    public ReadOnlyObjectProperty<ScreeningResult> screeningProperty() {
        return screening.getReadOnlyProperty();
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
