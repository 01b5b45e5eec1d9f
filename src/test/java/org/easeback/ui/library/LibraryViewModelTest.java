package org.easeback.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.easeback.routine.Routine;
import org.easeback.safety.ProfessionalGuard;
import org.easeback.ui.kit.DeferredBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.library.LibraryCard.BrokenCard;
import org.easeback.ui.library.LibraryCard.RoutineCard;
import org.easeback.ui.library.LibraryCard.TechniqueCard;
import org.easeback.ui.library.LibraryViewModel.LoadState;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {

    private final List<Routine> started = new ArrayList<>();

    private LibraryViewModel loaded() {
        LibraryViewModel model = new LibraryViewModel(new SameThreadBackgroundTasks(), SampleLibrary::contents,
                routine -> routine == SampleLibrary.FULL_PARTNER ? 40 * 60
                        : routine == SampleLibrary.SHORT_PARTNER ? 10 * 60 : 20 * 60,
                started::add);
        model.load();
        return model;
    }

    private static List<String> titles(LibraryViewModel model) {
        return model.visibleCards().stream().map(LibraryCard::title).toList();
    }

    @Test
    void showsLoadingUntilTheBackgroundWorkIsDone() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        LibraryViewModel model = new LibraryViewModel(tasks, SampleLibrary::contents, r -> 60, started::add);
        model.load();

        assertThat(model.stateProperty().get()).isEqualTo(LoadState.LOADING);
        assertThat(model.messageProperty().get()).isEqualTo("Loading the library…");
        assertThat(model.visibleCards()).isEmpty();

        tasks.runAll();
        assertThat(model.stateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.visibleCards()).hasSize(5);
    }

    @Test
    void listsTheUsersBrokenFilesThenPartnerRoutinesThenSelfThenProfessionalTechniques() {
        assertThat(titles(loaded())).containsExactly("Could not load my-routine.json", "Full lower-back massage",
                "Ten-minute back rub", "Tennis balls on the floor", "Deep tissue massage");
    }

    @Test
    void selectsTheFirstRoutineNotTheBrokenFileAbove() {
        assertThat(loaded().selectedProperty().get().title()).isEqualTo("Full lower-back massage");
    }

    @Test
    void routineCardShowsAudienceDurationFromThePlanEquipmentAndLevel() {
        RoutineCard card = (RoutineCard) loaded().visibleCards().get(1);
        assertThat(card.audienceLabel()).isEqualTo("Partner");
        assertThat(card.durationLabel()).isEqualTo("40 min");
        assertThat(card.levelLabel()).isEqualTo("Home");
        assertThat(card.equipmentLabel()).startsWith("a pillow, 2 rolled towels, a towel");
    }

    @Test
    void brokenRoutineCardCarriesEveryDiagnosticAsPathLineColumnAndAsPlainSentences() {
        BrokenCard card = (BrokenCard) loaded().visibleCards().get(0);
        assertThat(card.firstProblems()).containsExactly(
                "Line 12, column 20: Unknown technique 'thumb-glid'; did you mean 'thumb-glide'?",
                "Line 18, column 7: Unknown field 'secnds' in step 3; did you mean 'seconds'?");
        assertThat(card.moreProblems()).isZero();
        assertThat(card.diagnosticLines()).containsExactly(
                "routines-user/my-routine.json:12:20: error: unknown technique 'thumb-glid'; "
                        + "did you mean 'thumb-glide'?",
                "routines-user/my-routine.json:18:7: error: unknown field 'secnds' in step 3; "
                        + "did you mean 'seconds'?");
    }

    @Test
    void professionalTechniqueCardSaysWhatItIsAndWhyAProfessional() {
        TechniqueCard card = (TechniqueCard) loaded().visibleCards().get(4);
        assertThat(card.whatItIs()).isEqualTo(ProfessionalGuard.infoCard(SampleLibrary.DEEP_TISSUE).whatItIs())
                .isNotBlank();
        assertThat(card.whyProfessional())
                .isEqualTo(ProfessionalGuard.infoCard(SampleLibrary.DEEP_TISSUE).whyProfessional()).isNotBlank();
    }

    @Test
    void searchMatchesTitleSummaryAndEquipmentIgnoringCase() {
        LibraryViewModel model = loaded();
        model.searchProperty().set("TENNIS");
        assertThat(titles(model)).containsExactly("Tennis balls on the floor");
        model.searchProperty().set("rolled towels");
        assertThat(titles(model)).containsExactly("Full lower-back massage");
    }

    @Test
    void searchFindsABrokenFileByNameOrDiagnostic() {
        LibraryViewModel model = loaded();
        model.searchProperty().set("thumb-glid");
        assertThat(titles(model)).containsExactly("Could not load my-routine.json");
    }

    @Test
    void audienceFilterKeepsOnlyThatAudienceButAlwaysTheBrokenFiles() {
        LibraryViewModel model = loaded();
        model.audienceProperty().set(AudienceFilter.SELF);
        assertThat(titles(model)).containsExactly("Could not load my-routine.json", "Tennis balls on the floor");
    }

    @Test
    void lengthFilterUsesThePlanDurationAndHidesInformationCards() {
        LibraryViewModel model = loaded();
        model.lengthProperty().set(LengthFilter.SHORT);
        assertThat(titles(model)).containsExactly("Could not load my-routine.json", "Ten-minute back rub");
        model.lengthProperty().set(LengthFilter.LONG);
        assertThat(titles(model)).containsExactly("Could not load my-routine.json", "Full lower-back massage");
        model.lengthProperty().set(LengthFilter.MEDIUM);
        assertThat(titles(model)).containsExactly("Could not load my-routine.json", "Tennis balls on the floor");
    }

    @Test
    void saysSoWhenNothingMatches() {
        LibraryViewModel model = loaded();
        model.searchProperty().set("zzz");
        assertThat(model.messageProperty().get()).startsWith("No routine matches");
        model.clearFilters();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void openingARoutineCardStartsItAndOtherCardsDoNothing() {
        LibraryViewModel model = loaded();
        assertThat(model.open(model.visibleCards().get(0))).isFalse(); // broken, and no studio here
        assertThat(model.open(model.visibleCards().get(4))).isFalse();
        assertThat(model.open(model.visibleCards().get(2))).isTrue();
        assertThat(started).containsExactly(SampleLibrary.SHORT_PARTNER);
    }

    @Test
    void anUnreadableLibrarySaysWhatToDo() {
        LibraryViewModel model = new LibraryViewModel(new SameThreadBackgroundTasks(), () -> {
            throw new IOException("Permission denied");
        }, r -> 0, started::add);
        model.load();
        assertThat(model.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(model.messageProperty().get()).contains("Permission denied").contains("restart Easeback");
    }

    @Test
    void durationsRoundToTheNearestMinute() {
        assertThat(DurationText.minutes(0)).isEqualTo("untimed");
        assertThat(DurationText.minutes(45)).isEqualTo("under 1 min");
        assertThat(DurationText.minutes(89)).isEqualTo("1 min");
        assertThat(DurationText.minutes(90)).isEqualTo("2 min");
        assertThat(DurationText.minutes(32 * 60)).isEqualTo("32 min");
    }
}
