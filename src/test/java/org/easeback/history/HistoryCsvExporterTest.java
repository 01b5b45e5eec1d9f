package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCsvExporterTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerSessionUnderAHeader() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Journals.completed(data, "s1", "Sam, the elder", Journals.at(0));

        String csv = new HistoryCsvExporter(ZoneOffset.UTC).csv(new HistoryIndex(data).load().sessions());

        assertThat(csv.split("\r\n")).containsExactly(
                "date,receiver,routine,routine_title,duration_seconds,outcome,reason,check_ins,lighter,same,firmer,"
                        + "it_hurts,sore_spots,pain_stops,steps_done,steps_skipped,hands_on_seconds",
                "2025-05-01 10:00,\"Sam, the elder\",basic-lower-back,Basic lower-back massage,600,completed,,"
                        + "Firmer; Same,0,1,1,0,2,0,2,0,0");
    }

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(HistoryCsvExporter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(HistoryCsvExporter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(HistoryCsvExporter.cell("plain")).isEqualTo("plain");
    }
}
