package org.easeback.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.easeback.history.SessionRecord;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.AnsweringDialogs;
import org.easeback.ui.kit.CutText;
import org.easeback.ui.app.AppWindowFixture;
import org.easeback.ui.app.UiTestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history screen in a window: every session in the table, a receiver's charts drawn, CSV export. */
class HistoryScreenTest extends AppWindowFixture {

    private Path exportTo;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory("easeback-history-test");
        DataDirectory data = new DataDirectory(root.resolve("data"));
        SampleHistory.write(data, 12);
        exportTo = root.resolve("history.csv");
        app = UiTestApp.show(stage);
        app.shell.withProfiles(data, new AnsweringDialogs(Optional.of(exportTo), false));
        app.navigator().showLibrary();
    }

    @BeforeEach
    void openHistory() {
        robot.press(KeyCode.ALT).press(KeyCode.H).release(KeyCode.H).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altHShowsEverySessionInTheTable() {
        assertThat(app.shell.host().current()).isInstanceOf(HistoryView.class);
        @SuppressWarnings("unchecked")
        TableView<SessionRecord> table = robot.lookup(".history-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(12);
        assertThat(robot.lookup(".history-table .table-row-cell").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".table-cell").queryLabeled().getText()).isNotBlank();
    }

    @Test
    void theChartsAreDrawnWithTheReceiversData() {
        XYChart<?, ?> pressure = robot.lookup(".pressure-chart").queryAs(XYChart.class);
        XYChart<?, ?> spots = robot.lookup(".spots-chart").queryAs(XYChart.class);
        XYChart<?, ?> pain = robot.lookup(".pain-chart").queryAs(XYChart.class);

        assertThat(pressure.getData()).hasSize(3);
        assertThat(pressure.getData().get(0).getData()).isNotEmpty();
        assertThat(spots.getData().get(0).getData()).isNotEmpty();
        assertThat(pain.getData().get(0).getData()).isNotEmpty();
        assertThat(robot.lookup(".pressure-chart .chart-bar").queryAll().stream().filter(Node::isVisible)).isNotEmpty();
        assertThat(robot.lookup(".spots-chart .chart-line-symbol").queryAll()).isNotEmpty();
    }

    @Test
    void choosingAnotherReceiverRedrawsTheirCharts() {
        HistoryView view = (HistoryView) app.shell.host().current();
        robot.interact(() -> view.model().receiverProperty().set("Alex"));

        XYChart<?, ?> pressure = robot.lookup(".pressure-chart").queryAs(XYChart.class);
        assertThat(pressure.getData().get(0).getData()).hasSize(4);
    }

    @Test
    void headersDatesAndDurationsShowWholeFromTheSmallestWindowToALargeOne() {
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 700}, {1280, 800}, {1920, 1080}}) {
            robot.interact(() -> {
                app.stage.setWidth(size[0]);
                app.stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> cut.addAll(CutText.in(app.stage.getScene().getRoot(), size[0] + "x" + size[1],
                    HistoryScreenTest::mustShowWhole)));
        }
        robot.interact(() -> {
            app.stage.setWidth(UiTestApp.WIDTH);
            app.stage.setHeight(UiTestApp.HEIGHT);
        });

        assertThat(cut).isEmpty();
    }

    /** Only a routine's title and how a session ended may take an ellipsis: they are the long free texts. */
    private static boolean mustShowWhole(Labeled l) {
        if (l instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
            String column = cell.getTableColumn().getText();
            return !column.equals("Routine") && !column.equals("How it ended");
        }
        return true;
    }

    @Test
    void exportWritesTheCsvFile() {
        robot.clickOn(".export-csv");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(exportTo).exists();
    }
}
