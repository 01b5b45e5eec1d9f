package org.easeback.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.easeback.history.HistoryIndex;
import org.easeback.history.ReceiverSeries;
import org.easeback.history.SessionOutcome;
import org.easeback.history.SessionRecord;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryModelTest {

    @TempDir
    Path dir;

    private HistoryModel model(int sessions) throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        SampleHistory.write(data, sessions);
        HistoryModel model = new HistoryModel(new SameThreadBackgroundTasks(), new HistoryIndex(data)::load,
                ZoneOffset.UTC);
        model.load();
        return model;
    }

    @Test
    void loadsEverySessionNewestFirstWithTheirReceivers() throws Exception {
        HistoryModel model = model(6);

        assertThat(model.sessions()).hasSize(6);
        assertThat(model.sessions().get(0).startedAt()).isAfter(model.sessions().get(5).startedAt());
        assertThat(model.receivers()).containsExactly("Alex", "Sam");
        assertThat(model.sessions()).extracting(SessionRecord::outcome).contains(SessionOutcome.COMPLETED,
                SessionOutcome.STOPPED_FOR_PAIN);
    }

    @Test
    void chartsTheNewestSessionsReceiverFirst() throws Exception {
        HistoryModel model = model(6);

        ReceiverSeries series = model.seriesProperty().get();
        assertThat(model.receiverProperty().get()).isEqualTo(model.sessions().get(0).receiverName());
        assertThat(series.receiver()).isEqualTo(model.receiverProperty().get());

        model.receiverProperty().set("Sam");
        assertThat(model.seriesProperty().get().pressure()).hasSize(4);
        assertThat(model.seriesProperty().get().painStops()).extracting(ReceiverSeries.PainStops::count)
                .containsExactly(0, 0, 1, 0);
    }

    @Test
    void chartsShowAtMostTheLatestSessions() throws Exception {
        HistoryModel model = model(HistoryModel.CHART_SESSIONS * 2);

        model.receiverProperty().set("Sam");

        assertThat(model.seriesProperty().get().pressure()).hasSize(HistoryModel.CHART_SESSIONS);
        assertThat(model.seriesProperty().get().pressure().get(HistoryModel.CHART_SESSIONS - 1).session())
                .isEqualTo(model.sessions().stream().filter(s -> s.receiverName().equals("Sam")).findFirst()
                        .orElseThrow().startedAt());
    }

    @Test
    void noSessionsSaysSo() throws Exception {
        HistoryModel model = model(0);

        assertThat(model.sessions()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("No sessions yet.");
        assertThat(model.seriesProperty().get()).isNull();
    }

    @Test
    void exportsEverySessionAsCsv() throws Exception {
        HistoryModel model = model(3);
        Path csv = dir.resolve("out.csv");

        model.exportCsv(csv);

        assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("date,receiver,routine");
        assertThat(model.messageProperty().get()).isEqualTo("Exported 3 sessions to " + csv + ".");
    }
}
