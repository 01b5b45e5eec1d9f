package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.ui.library.LibraryCard;
import org.easeback.ui.library.LibraryView;
import org.easeback.ui.library.LibraryViewModel;
import org.easeback.ui.settings.SettingsView;
import org.easeback.ui.settings.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.easeback.ui.kit.DeferredBackgroundTasks;
import org.easeback.ui.kit.SampleLibrary;

/** The library screen in a window: cards, a broken user routine with its diagnostics, search, settings. */
class LibraryScreenTest extends AppWindowFixture {

    @Start
    void start(Stage stage) {
        app = UiTestApp.show(stage);
    }

    private List<String> texts(String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryCard> cards() {
        return robot.lookup(".card-list").queryAs(ListView.class);
    }

    @Test
    void theWindowIsFilledDarkBeforeAnythingPaints() {
        // What shows before the first layout, and behind every screen: never white in the dark theme.
        assertThat(app.stage.getScene().getFill()).isEqualTo(Theme.DARK.background());
        assertThat(Theme.DARK.background().getBrightness()).isLessThan(0.2);
    }

    @Test
    void showsRoutineCardsWithTheirFacts() {
        assertThat(texts(".card-title")).contains("Full lower-back massage", "Ten-minute back rub",
                "Tennis balls on the floor");
        assertThat(texts(".fact-audience")).contains("Partner", "Self");
        assertThat(texts(".fact-duration")).contains("10 min");
        assertThat(texts(".fact-level")).contains("Home");
        assertThat(texts(".card-equipment")).contains("a mat, two tennis balls");
    }

    @Test
    void showsABrokenUserRoutineAtTheTopInPlainSentencesWhileTheOthersLoad() {
        robot.interact(() -> cards().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(".card-title")).contains("Could not load my-routine.json");
        assertThat(cards().getItems()).extracting(LibraryCard::title).contains("Full lower-back massage",
                "Ten-minute back rub", "Tennis balls on the floor");
        assertThat(texts(".problem")).containsExactly(
                "Line 12, column 20: Unknown technique 'thumb-glid'; did you mean 'thumb-glide'?",
                "Line 18, column 7: Unknown field 'secnds' in step 3; did you mean 'seconds'?");
        assertThat(texts(".card-path")).containsExactly("routines-user/my-routine.json");
        assertThat(robot.lookup(".open-in-studio").tryQuery()).isEmpty(); // no studio in this window
    }

    @Test
    void professionalTechniquesAppearAsInformationCards() {
        robot.interact(() -> cards().scrollTo(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(".badge")).singleElement().asString().contains("Professional only");
        assertThat(texts(".card-summary")).anyMatch(t -> t.startsWith("Why a professional:"));
    }

    @Test
    void typingInTheSearchFieldFiltersTheCards() {
        robot.type(KeyCode.SLASH);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.stage.getScene().getFocusOwner()).isInstanceOf(TextField.class);
        robot.write("tennis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards().getItems()).extracting(LibraryCard::title).containsExactly("Tennis balls on the floor");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.stage.getScene().getFocusOwner()).isSameAs(cards());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Labeled.class).getText())
                .isEqualTo("Tennis balls on the floor");
    }

    @Test
    void filtersAreOneMnemonicAway() {
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards().getItems()).extracting(LibraryCard::title)
                .containsExactly("Could not load my-routine.json", "Tennis balls on the floor");
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards().getItems()).hasSize(5);
    }

    @Test
    void showsLoadingUntilTheLibraryArrives() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        robot.interact(() -> app.navigator().show(new LibraryView(
                new LibraryViewModel(tasks, SampleLibrary::contents, r -> 600, r -> { }), () -> { })));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".loading-spinner").queryAs(ProgressIndicator.class).isVisible()).isTrue();
        assertThat(texts(".library-message")).containsExactly("Loading the library…");

        robot.interact(tasks::runAll);
        assertThat(robot.lookup(".loading-spinner").queryAs(ProgressIndicator.class).isVisible()).isFalse();
        assertThat(cards().getItems()).hasSize(5);
    }

    @Test
    void settingsSwitchToTheLightThemeAndEscapeComesBack() {
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell.host().current()).isInstanceOf(SettingsView.class);

        robot.type(KeyCode.RIGHT); // a radio group is one Tab stop; arrows move inside it
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.settings.get().theme()).isEqualTo(Theme.LIGHT);
        assertThat(app.stage.getScene().getFill()).isEqualTo(Theme.LIGHT.background());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell.host().current()).isInstanceOf(LibraryView.class);
        robot.interact(() -> app.settings.update(app.settings.get().withTheme(Theme.DARK)));
    }
}
