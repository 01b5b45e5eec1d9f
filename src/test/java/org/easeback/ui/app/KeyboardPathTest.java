package org.easeback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.ui.presession.PreSessionView;
import org.easeback.safety.ScreeningResult.Outcome;
import org.easeback.ui.library.LibraryView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.easeback.ui.kit.SampleLibrary;

/** The giver's path from the library to the Ready screen, with the keyboard alone. */
class KeyboardPathTest extends AppWindowFixture {

    @Start
    void start(Stage stage) {
        app = UiTestApp.show(stage);
    }

    private void press(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String heading() {
        return robot.lookup(".page-heading").queryAs(Labeled.class).getText();
    }

    private Node focused() {
        return app.stage.getScene().getFocusOwner();
    }

    @Test
    void enterSpaceAndTabAloneLeadFromTheLibraryToAStartedSession() {
        assertThat(app.shell.host().current()).isInstanceOf(LibraryView.class);
        press(KeyCode.ENTER);
        assertThat(app.shell.host().current()).isInstanceOf(PreSessionView.class);
        assertThat(heading()).isEqualTo("Who receives the massage?");

        press(KeyCode.ENTER);
        assertThat(heading()).startsWith("Before you start");
        assertThat(focused()).isInstanceOf(CheckBox.class);

        press(KeyCode.ENTER);
        assertThat(heading()).isEqualTo("Gather these first");
        int items = robot.lookup(".checklist-item").queryAll().size();
        assertThat(items).isGreaterThan(0);
        for (int i = 0; i < items; i++) {
            assertThat(focused()).isInstanceOf(CheckBox.class);
            press(KeyCode.SPACE);
            if (i < items - 1) {
                press(KeyCode.TAB);
            }
        }
        assertThat(robot.lookup(".checklist-item").queryAllAs(CheckBox.class)).allMatch(CheckBox::isSelected);

        press(KeyCode.ENTER);
        assertThat(heading()).isEqualTo("Ready");
        assertThat(robot.lookup(".key-cap").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Space", "→", "←", "E", "1 – 4", "Esc", "P");

        press(KeyCode.ENTER);
        assertThat(app.started).singleElement().satisfies(request -> {
            assertThat(request.routine()).isEqualTo(SampleLibrary.FULL_PARTNER);
            assertThat(request.receiver().name()).isEqualTo("Guest");
            assertThat(request.screening().outcome()).isEqualTo(Outcome.GO);
        });
    }

    @Test
    void arrowKeysChooseAnotherCardBeforeEnter() {
        press(KeyCode.DOWN, KeyCode.ENTER);
        assertThat(robot.lookup(".screen-title").queryAs(Labeled.class).getText())
                .isEqualTo(SampleLibrary.SHORT_PARTNER.title());
    }

    @Test
    void aRedFlagTickedWithSpaceShowsDoNotStartAndEnterCannotContinue() {
        press(KeyCode.ENTER, KeyCode.ENTER);
        press(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE); // the sixth question
        assertThat(((CheckBox) focused()).getId()).isEqualTo("q-nerve-signs");
        assertThat(robot.lookup(".outcome").queryAs(Labeled.class).getText()).isEqualTo("Do not start");
        assertThat(robot.lookup(".outcome-advice").queryAs(Labeled.class).getText()).contains("physician");
        assertThat(robot.lookup(".accent").queryAs(Button.class).isDisabled()).isTrue();

        press(KeyCode.ENTER);
        assertThat(heading()).startsWith("Before you start");

        press(KeyCode.SPACE);
        assertThat(robot.lookup(".outcome").queryAs(Labeled.class).getText()).isEqualTo("Go");
    }

    @Test
    void aCautionShowsGoWithCautionsAndTheReadyScreenRepeatsIt() {
        press(KeyCode.ENTER, KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#q-pregnancy").queryAs(CheckBox.class).requestFocus());
        press(KeyCode.SPACE);
        assertThat(robot.lookup(".outcome").queryAs(Labeled.class).getText()).isEqualTo("Go, with cautions");
        assertThat(robot.lookup(".outcome-reason").queryAs(Labeled.class).getText()).contains("gentle pressure");
    }

    @Test
    void escapeStepsBackToTheLibrary() {
        press(KeyCode.ENTER, KeyCode.ENTER);
        assertThat(heading()).startsWith("Before you start");
        press(KeyCode.ESCAPE);
        assertThat(heading()).isEqualTo("Who receives the massage?");
        press(KeyCode.ESCAPE);
        assertThat(app.shell.host().current()).isInstanceOf(LibraryView.class);
    }
}
