package org.easeback.ui.presession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.easeback.engine.PlanResult;
import org.easeback.profile.Receiver;
import org.easeback.ui.kit.DeferredBackgroundTasks;
import org.easeback.routine.Pressure;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;
import org.easeback.ui.kit.SessionRequest;
import org.easeback.ui.presession.PreSessionViewModel.Stage;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.safety.ScreeningResult;
import org.easeback.safety.ScreeningResult.Outcome;
import org.junit.jupiter.api.Test;

class PreSessionViewModelTest {

    private final List<SessionRequest> started = new ArrayList<>();
    private int cancelled;

    private PreSessionViewModel model(ReceiverSource receivers) {
        return new PreSessionViewModel(SampleLibrary.FULL_PARTNER, new SameThreadBackgroundTasks(), receivers,
                SampleLibrary.PLANNER, started::add, () -> cancelled++);
    }

    private PreSessionViewModel model() {
        return model(ReceiverSource.guestOnly());
    }

    private static void answerYes(PreSessionViewModel model, String id) {
        model.answers().stream().filter(a -> a.question().id().equals(id)).findFirst().orElseThrow()
                .yesProperty().set(true);
    }

    @Test
    void startsOnTheGuestReceiver() {
        PreSessionViewModel model = model();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.RECEIVER);
        assertThat(model.receiverProperty().get().name()).isEqualTo("Guest");
        assertThat(model.canContinueProperty().get()).isTrue();
    }

    @Test
    void offersTheReceiversFromItsSource() {
        Receiver sam = new Receiver("Sam", "sweet almond oil", List.of(), List.of(), Pressure.GENTLE, List.of());
        PreSessionViewModel model = model(() -> List.of(Receiver.guest(), sam));
        assertThat(model.receivers()).extracting(Receiver::name).containsExactly("Guest", "Sam");
        assertThat(model.receiverProperty().get().name()).isEqualTo("Guest");
    }

    @Test
    void readySaysWhichOilOfTheChosenReceiverWillNotBeUsedAndWhy() {
        Receiver nutAllergy = new Receiver("Sam", "sweet almond", List.of("lavender"), List.of("nut allergy"),
                Pressure.GENTLE, List.of());
        Receiver fine = new Receiver("Alex", "sunflower", List.of("lavender"), List.of("nut allergy"),
                Pressure.GENTLE, List.of());
        PreSessionViewModel model = model(() -> List.of(fine, nutAllergy));
        assertThat(model.oilRefusalsProperty().get()).isEmpty();

        model.receiverProperty().set(nutAllergy);

        assertThat(model.oilRefusalsProperty().get()).singleElement().asString()
                .startsWith("Sweet almond will not be used: ")
                .contains("\"nut allergy\" covers tree nuts")
                .doesNotContain("must not be used");

        model.receiverProperty().set(fine);
        assertThat(model.oilRefusalsProperty().get()).isEmpty();
    }

    @Test
    void readySaysEssentialOilsWithoutARealCarrierWillNotBeUsed() {
        Receiver noCarrier = new Receiver("Sam", "peppermint", List.of("lavender"), List.of(), Pressure.GENTLE,
                List.of());
        PreSessionViewModel model = model(() -> List.of(noCarrier));

        assertThat(model.oilRefusalsProperty().get()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("Peppermint will not be used: "))
                .anySatisfy(l -> assertThat(l).startsWith("Lavender will not be used: "));
    }

    @Test
    void theSuggestedCarrierOilsHaveNoCommonAllergen() {
        org.easeback.routine.OilCatalog oils = org.easeback.routine.OilCatalogLoader.bundled();
        for (String suggested : List.of("sunflower", "grapeseed")) {
            assertThat(EquipmentChecklist.OIL_ITEM).contains(suggested);
            assertThat(oils.carriers()).filteredOn(o -> o.name().equals(suggested)).singleElement()
                    .satisfies(o -> assertThat(o.families()).isEmpty());
        }
        assertThat(oils.carriers()).filteredOn(o -> !o.families().isEmpty())
                .allSatisfy(o -> assertThat(EquipmentChecklist.OIL_ITEM).doesNotContain(o.name()));
    }

    @Test
    void everyScreeningAnswerStartsAsNoAndTheVerdictIsGo() {
        PreSessionViewModel model = model();
        assertThat(model.answers()).isNotEmpty().allMatch(a -> !a.yesProperty().get());
        assertThat(model.screeningProperty().get().outcome()).isEqualTo(Outcome.GO);
    }

    @Test
    void asksEveryQuestionOfTheSafetyModuleInItsOrder() {
        assertThat(model().answers()).extracting(ScreeningAnswer::question)
                .containsExactly(ScreeningQuestion.values());
    }

    @Test
    void aCautionLetsTheSessionGoAndCarriesTheCautionToThePlayer() {
        PreSessionViewModel model = model();
        model.next();
        answerYes(model, "pregnancy");
        assertThat(model.screeningProperty().get().outcome()).isEqualTo(Outcome.GO_WITH_CAUTIONS);
        assertThat(model.canContinueProperty().get()).isTrue();

        model.next();
        model.checklist().forEach(i -> i.tickedProperty().set(true));
        model.next();
        model.next();
        assertThat(started).hasSize(1);
        assertThat(started.get(0).cautions()).anyMatch(c -> c.contains("gentle pressure only"));
        assertThat(started.get(0).screening().answers().yesAnswers()).containsExactly(ScreeningQuestion.PREGNANCY);
        assertThat(started.get(0).plan().entries())
                .allSatisfy(e -> e.maxPressure().ifPresent(max ->
                        assertThat(max).isLessThanOrEqualTo(org.easeback.routine.Pressure.GENTLE)));
    }

    @Test
    void aRedFlagSaysDoNotStartWithReasonsAndAdviceAndBlocksContinue() {
        PreSessionViewModel model = model();
        model.next();
        answerYes(model, "nerve-signs");
        ScreeningResult result = model.screeningProperty().get();
        assertThat(result.outcome()).isEqualTo(Outcome.DO_NOT_START);
        assertThat(result.reasons()).isNotEmpty();
        assertThat(result.advice()).hasValueSatisfying(a -> assertThat(a).containsIgnoringCase("physician"));
        assertThat(model.canContinueProperty().get()).isFalse();

        model.next();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.SCREENING);
    }

    @Test
    void answeringNoAgainLiftsTheBlock() {
        PreSessionViewModel model = model();
        model.next();
        answerYes(model, "skin-problem");
        assertThat(model.canContinueProperty().get()).isFalse();
        model.answers().forEach(a -> a.yesProperty().set(false));
        assertThat(model.screeningProperty().get().outcome()).isEqualTo(Outcome.GO);
        assertThat(model.canContinueProperty().get()).isTrue();
    }

    @Test
    void theChecklistComesFromTheEquipmentAndTheOilStepAndMustBeTickedToGoOn() {
        PreSessionViewModel model = model();
        assertThat(model.checklist()).extracting(ChecklistItem::text).containsExactly("A pillow",
                "2 rolled towels", "A towel", "A massage table, mat or firm mattress",
                "Massage oil: a carrier oil with no common allergen, such as sunflower or grapeseed "
                        + "(essential oils only diluted in it)");
        assertThat(model.setupSteps()).containsExactly("Position the receiver", "Tuck the towel");
        model.next();
        model.next();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EQUIPMENT);
        model.checklist().subList(0, 4).forEach(i -> i.tickedProperty().set(true));
        assertThat(model.canContinueProperty().get()).isFalse();
        model.checklist().get(4).tickedProperty().set(true);
        assertThat(model.canContinueProperty().get()).isTrue();
        model.next();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.READY);
    }

    @Test
    void startOnReadyHandsRoutineReceiverAndScreeningToThePlayer() {
        PreSessionViewModel model = model();
        model.next();
        model.next();
        model.checklist().forEach(i -> i.tickedProperty().set(true));
        model.next();
        assertThat(started).isEmpty();
        model.next();
        assertThat(started).singleElement().satisfies(r -> {
            assertThat(r.routine()).isEqualTo(SampleLibrary.FULL_PARTNER);
            assertThat(r.receiver().name()).isEqualTo("Guest");
            assertThat(r.screening().outcome()).isEqualTo(Outcome.GO);
            assertThat(r.cautions()).isEmpty();
            assertThat(r.plan().routineId()).isEqualTo(SampleLibrary.FULL_PARTNER.id());
            assertThat(r.plan().totalSeconds()).isPositive();
        });
    }

    @Test
    void aPlanTheEngineRefusesIsExplainedOnReadyAndNothingStarts() {
        PreSessionViewModel model = new PreSessionViewModel(SampleLibrary.FULL_PARTNER,
                new SameThreadBackgroundTasks(), ReceiverSource.guestOnly(),
                (routine, receiver, screening) -> new PlanResult.Refused("This routine uses a technique that is missing."),
                started::add, () -> { });
        model.next();
        model.next();
        model.checklist().forEach(i -> i.tickedProperty().set(true));
        model.next();
        model.next();
        assertThat(started).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("This routine uses a technique that is missing.");
        assertThat(model.canContinueProperty().get()).isTrue();
    }

    @Test
    void startIsRefusedWhileThePlanIsStillCompiling() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        PreSessionViewModel model = new PreSessionViewModel(SampleLibrary.FULL_PARTNER, tasks,
                ReceiverSource.guestOnly(), SampleLibrary.PLANNER, started::add, () -> { });
        tasks.runAll();
        model.next();
        model.next();
        model.checklist().forEach(i -> i.tickedProperty().set(true));
        model.next();
        model.next();
        model.next();
        assertThat(model.startingProperty().get()).isTrue();
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.runAll();
        assertThat(started).hasSize(1);
    }

    @Test
    void backStepsBackAndFromTheFirstStepLeavesForTheLibrary() {
        PreSessionViewModel model = model();
        model.next();
        model.back();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.RECEIVER);
        assertThat(cancelled).isZero();
        model.back();
        assertThat(cancelled).isEqualTo(1);
    }

    @Test
    void aRoutineWithoutEquipmentOrOilHasAnEmptyChecklistThatLetsYouGoOn() {
        PreSessionViewModel model = new PreSessionViewModel(SampleLibrary.NO_EQUIPMENT,
                new SameThreadBackgroundTasks(), ReceiverSource.guestOnly(), SampleLibrary.PLANNER, started::add,
                () -> { });
        assertThat(model.checklist()).isEmpty();
        model.next();
        model.next();
        assertThat(model.canContinueProperty().get()).isTrue();
    }
}
