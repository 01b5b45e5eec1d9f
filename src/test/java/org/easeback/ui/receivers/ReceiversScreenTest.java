package org.easeback.ui.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.MapPoint;
import org.easeback.safety.BackMap;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.AnsweringDialogs;
import org.easeback.ui.app.AppWindowFixture;
import org.easeback.ui.app.UiTestApp;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The receivers screen and the editor in a window: creating a receiver, placing and refusing sore spots. */
class ReceiversScreenTest extends AppWindowFixture {

    private DataDirectory data;

    @Start
    void start(Stage stage) throws Exception {
        data = new DataDirectory(Files.createTempDirectory("easeback-receivers-test"));
        app = UiTestApp.show(stage);
        app.shell.withProfiles(data, new AnsweringDialogs(Optional.empty(), true));
        app.navigator().showLibrary();
    }

    @Test
    void altROpensTheReceiversFromTheLibrary() {
        robot.press(KeyCode.ALT).press(KeyCode.R).release(KeyCode.R).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.shell.host().current()).isInstanceOf(ReceiversView.class);
    }

    @Test
    void createsAReceiverFromTheForm() throws Exception {
        robot.interact(() -> app.navigator().show(app.shell.receiversScreen()));
        robot.clickOn(".new-receiver");
        robot.clickOn(".receiver-name").write("Sam");
        robot.clickOn(".carrier-oil").write("jojoba");
        robot.clickOn(".essential-oil-input").write("lavender").type(KeyCode.ENTER);
        robot.clickOn(".save-receiver");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.shell.host().current()).isInstanceOf(ReceiversView.class);
        var stored = ReceiverStore.of(data).find("Sam").orElseThrow().receiver();
        assertThat(stored.carrierOil()).isEqualTo("jojoba");
        assertThat(stored.essentialOils()).containsExactly("lavender");
        assertThat(robot.lookup(".receiver-card-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sam");
    }

    @Test
    void aReceiverWithoutANameIsRefusedBesideTheField() {
        ReceiverEditorView editor = openEditor();
        robot.clickOn(".save-receiver");

        assertThat(visibleErrors()).anyMatch(t -> t.startsWith("The receiver has no name."));
        assertThat(app.shell.host().current()).isSameAs(editor);
    }

    @Test
    void clickingOnMusclePlacesASpotAndDraggingMovesIt() {
        ReceiverEditorView editor = openEditor();

        robot.clickOn(screenPoint(editor, new MapPoint(0.33, 0.5)));
        assertThat(editor.model().map().spots()).hasSize(1);
        SoreSpot placed = editor.model().map().spots().get(0);
        assertThat(placed.x()).isCloseTo(0.33, org.assertj.core.data.Offset.offset(0.01));

        robot.drag(screenPoint(editor, placed.point())).dropTo(screenPoint(editor, new MapPoint(0.3, 0.7)));
        SoreSpot moved = editor.model().map().spots().get(0);
        assertThat(moved.y()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.01));
        assertThat(editor.model().map().spots()).hasSize(1);
    }

    @Test
    void clickingOnTheSpineIsRefusedWithTheMessageBesideTheMap() {
        ReceiverEditorView editor = openEditor();

        robot.clickOn(screenPoint(editor, new MapPoint(0.5, 0.5)));

        assertThat(editor.model().map().spots()).isEmpty();
        assertThat(refusalText()).isEqualTo(BackMap.SPINE.refusal());
    }

    @Test
    void theKeyboardPlacesSpotsAndIsRefusedOnTheSpineToo() {
        ReceiverEditorView editor = openEditor();
        robot.interact(() -> editor.mapEditor().mapNode().requestFocus());
        robot.interact(() -> editor.model().map().setCursor(new MapPoint(0.3, 0.5)));

        robot.type(KeyCode.LEFT, 2).type(KeyCode.ENTER);
        assertThat(editor.model().map().spots()).containsExactly(new SoreSpot(0.26, 0.5, ""));

        robot.type(KeyCode.RIGHT, 12).type(KeyCode.ENTER);
        assertThat(editor.model().map().spots()).hasSize(1);
        assertThat(refusalText()).isEqualTo(BackMap.SPINE.refusal());

        robot.type(KeyCode.RIGHT, 5).type(KeyCode.ENTER);
        assertThat(editor.model().map().spots()).hasSize(2);
        assertThat(refusalText()).isEmpty();

        // The new spot is selected; Shift+Tab selects the one before it, Delete removes that one.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(editor.model().map().selectedIndexProperty().get()).isZero();
        robot.type(KeyCode.DELETE);
        assertThat(editor.model().map().spots()).extracting(SoreSpot::x).containsExactly(0.6);
        assertThat(editor.mapEditor().mapNode().isFocused()).isTrue();
    }

    private ReceiverEditorView openEditor() {
        robot.interact(() -> app.navigator().show(app.shell.receiversScreen()));
        robot.clickOn(".new-receiver");
        WaitForAsyncUtils.waitForFxEvents();
        return (ReceiverEditorView) app.shell.host().current();
    }

    private Point2D screenPoint(ReceiverEditorView editor, MapPoint p) {
        Point2D local = editor.mapEditor().backMap().toView(p);
        return editor.mapEditor().backMap().localToScreen(local);
    }

    private String refusalText() {
        Label label = robot.lookup(".spot-refusal").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private List<String> visibleErrors() {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }
}
