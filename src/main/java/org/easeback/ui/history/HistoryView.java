package org.easeback.ui.history;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.easeback.history.ReceiverSeries;
import org.easeback.history.SessionOutcome;
import org.easeback.history.SessionRecord;
import org.easeback.history.SessionTimes;
import org.easeback.ui.kit.AppNavigator;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.Icons;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.ScreenChrome;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every session in a table (date, receiver, routine, duration, how it ended), and one receiver's charts: their
 * pressure answers, their sore spots and their pain stops, session by session. The table virtualises its rows,
 * so ten thousand sessions scroll as easily as ten. Alt+E exports CSV, Alt+W chooses whose charts, Esc goes back.
 */
public final class HistoryView implements AppScreen {

    /** This screen's styles. */
    public static final String STYLESHEET = Objects.requireNonNull(
            HistoryView.class.getResource("history.css"), "history.css is missing").toExternalForm();
    private static final DateTimeFormatter TABLE_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter CHART_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** Room left for the vertical scroll bar when the columns share the table's width. */
    private static final double SCROLL_BAR_ROOM = 20;

    private final HistoryModel model;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<SessionRecord> table = new TableView<>();
    private final StackedBarChart<String, Number> pressure;
    private final LineChart<String, Number> spots;
    private final BarChart<String, Number> pain;

    public HistoryView(HistoryModel model, AppNavigator navigator, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        root.getStyleClass().addAll("screen", "history");
        root.getStylesheets().add(STYLESHEET);

        pressure = new StackedBarChart<>(new CategoryAxis(), axis("Answers"));
        pressure.setTitle("Pressure answers");
        pressure.getStyleClass().add("pressure-chart");
        spots = new LineChart<>(new CategoryAxis(), axis("Sore spots"));
        spots.setTitle("Sore spots marked");
        spots.getStyleClass().add("spots-chart");
        spots.setLegendVisible(false);
        pain = new BarChart<>(new CategoryAxis(), axis("Stops"));
        pain.setTitle("Stopped because it hurt");
        pain.getStyleClass().add("pain-chart");
        pain.setLegendVisible(false);
        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(pressure, spots, pain)) {
            chart.setAnimated(false);
            chart.getStyleClass().add("history-chart");
            HBox.setHgrow(chart, Priority.ALWAYS);
        }

        root.setTop(header(navigator));
        root.setCenter(body());
        model.seriesProperty().addListener((o, a, b) -> drawCharts(b));
        drawCharts(model.seriesProperty().get());
        ScreenChrome.escapeToLibrary(root, navigator);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setAccessibleText(label);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        // Counts are whole numbers: no "2.5 answers".
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        return axis;
    }

    private Node header(AppNavigator navigator) {
        Button export = Icons.on(new Button("_Export CSV…"), Material2MZ.SAVE_ALT);
        export.getStyleClass().add("export-csv");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.sessions()));
        export.setOnAction(e -> dialogs.save(window(), "Export the history", "easeback-history.csv",
                "CSV files", "*.csv").ifPresent(model::exportCsv));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("history-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return ScreenChrome.header(ScreenChrome.titleRow("History", export, ScreenChrome.backToLibrary(navigator)),
                message);
    }

    private Node body() {
        table.setItems(model.sessions());
        table.getStyleClass().add("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Shares of the table's width, which grows with the window as the text does: at the smallest window the
        // headers, dates and durations fit whole, and the routine's title and the ending take the ellipsis.
        table.getColumns().add(column("Date", 0.245, s -> TABLE_DATE.format(s.startedAt().atZone(model.zone()))));
        table.getColumns().add(column("Receiver", 0.105, SessionRecord::receiverName));
        table.getColumns().add(column("Routine", 0.16, SessionRecord::routineTitle));
        table.getColumns().add(column("Duration", 0.125, s -> duration(s.duration())));
        table.getColumns().add(column("Hands-on", 0.125, s -> duration(s.handsOn())));
        table.getColumns().add(column("How it ended", 0.24, HistoryView::ending));
        Label empty = new Label("No sessions yet.");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                model.receiverProperty().set(s.receiverName());
            }
        });

        Label whose = new Label("_Charts for");
        whose.setMnemonicParsing(true);
        whose.getStyleClass().add("form-label");
        ComboBox<String> receiver = new ComboBox<>(model.receivers());
        receiver.valueProperty().bindBidirectional(model.receiverProperty());
        receiver.getStyleClass().add("chart-receiver");
        whose.setLabelFor(receiver);
        Label note = new Label("their latest " + HistoryModel.CHART_SESSIONS + " sessions, oldest on the left");
        note.getStyleClass().add("page-hint");
        HBox chooser = new HBox(whose, receiver, note);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.getStyleClass().add("toolbar");

        HBox charts = new HBox(pressure, spots, pain);
        charts.getStyleClass().add("history-charts");
        VBox box = new VBox(table, chooser, charts);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("history-body");
        return box;
    }

    private TableColumn<SessionRecord, String> column(String title, double share,
                                                      java.util.function.Function<SessionRecord, String> text) {
        TableColumn<SessionRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        // Less the vertical scroll bar's room; the last column takes what is left either way.
        c.prefWidthProperty().bind(table.widthProperty().subtract(SCROLL_BAR_ROOM).multiply(share));
        return c;
    }

    /** "Completed", "Completed with skips: 3 of 20 steps skipped", or "Stopped for pain: it hurt" with the why. */
    static String ending(SessionRecord s) {
        String label = capitalised(s.outcome().label());
        if (s.outcome() == SessionOutcome.COMPLETED_WITH_SKIPS) {
            int steps = s.steps().done() + s.steps().skipped() + s.steps().notReached();
            return label + ": " + s.steps().skipped() + " of " + steps + " steps skipped";
        }
        if (s.outcome() == SessionOutcome.UNFINISHED || s.reason().isBlank()) {
            return label;
        }
        return label + ": " + s.reason();
    }

    /** The same words as the summary: "3 min 27 s". */
    static String duration(Duration d) {
        return SessionTimes.words(d);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void drawCharts(ReceiverSeries series) {
        pressure.getData().clear();
        spots.getData().clear();
        pain.getData().clear();
        if (series == null) {
            return;
        }
        List<String> labels = labels(series.pressure().stream().map(ReceiverSeries.PressureTally::session).toList());
        XYChart.Series<String, Number> lighter = named("Lighter");
        XYChart.Series<String, Number> same = named("Same");
        XYChart.Series<String, Number> firmer = named("Firmer");
        XYChart.Series<String, Number> spotCount = named("Sore spots");
        XYChart.Series<String, Number> stops = named("Pain stops");
        for (int i = 0; i < labels.size(); i++) {
            ReceiverSeries.PressureTally t = series.pressure().get(i);
            lighter.getData().add(new XYChart.Data<>(labels.get(i), t.lighter()));
            same.getData().add(new XYChart.Data<>(labels.get(i), t.same()));
            firmer.getData().add(new XYChart.Data<>(labels.get(i), t.firmer()));
            spotCount.getData().add(new XYChart.Data<>(labels.get(i), series.soreSpots().get(i).spots().size()));
            stops.getData().add(new XYChart.Data<>(labels.get(i), series.painStops().get(i).count()));
        }
        ((CategoryAxis) pressure.getXAxis()).getCategories().setAll(labels);
        ((CategoryAxis) spots.getXAxis()).getCategories().setAll(labels);
        ((CategoryAxis) pain.getXAxis()).getCategories().setAll(labels);
        pressure.getData().setAll(List.of(lighter, same, firmer));
        spots.getData().setAll(List.of(spotCount));
        pain.getData().setAll(List.of(stops));
    }

    private static XYChart.Series<String, Number> named(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /** One category per session: its date, made unique when two sessions share a day. */
    private List<String> labels(List<Instant> sessions) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Instant at : sessions) {
            String base = CHART_DATE.format(at.atZone(model.zone()));
            int n = seen.merge(base, 1, Integer::sum);
            labels.add(n == 1 ? base : base + " (" + n + ")");
        }
        return labels;
    }

    private Window window() {
        return ScreenChrome.windowOf(root);
    }

    public HistoryModel model() {
        return model;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return table;
    }

    @Override
    public void onShow() {
        model.load();
    }
}
