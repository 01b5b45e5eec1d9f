package org.easeback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionSnapshotJsonTest {

    /** A snapshot line as journals written before the adapter hold it. */
    private static final String WRITTEN_TODAY = "{\"format\":\"easeback-session-snapshot/1\",\"planId\":\"partner-full\","
            + "\"entryCount\":12,\"entryIndex\":3,\"elapsedInEntryMillis\":4500,\"pressureShift\":-1,"
            + "\"entryExtensionSeconds\":15,\"totalExtensionSeconds\":30,\"runningTimeMillis\":90000,"
            + "\"state\":\"PAUSED\"}";

    @Test
    void aSnapshotWrittenTodayReadsBackAndIsWrittenTheSameWay() throws IOException {
        SessionSnapshot s = SessionSnapshotJson.read(WRITTEN_TODAY);
        assertThat(s).isEqualTo(new SessionSnapshot("partner-full", 12, 3, Duration.ofMillis(4500), -1, 15, 30,
                Duration.ofMillis(90000), SessionState.PAUSED));
        assertThat(SessionSnapshotJson.write(s)).isEqualTo(WRITTEN_TODAY);
    }

    @Test
    void aDamagedSnapshotSaysWhichFieldIsWrong() {
        assertThatThrownBy(() -> SessionSnapshotJson.read(WRITTEN_TODAY.replace("\"entryIndex\":3", "\"entryIndex\":-3")))
                .isInstanceOf(IOException.class).hasMessage("The saved session is damaged ('entryIndex' is not a whole "
                        + "number of 0 or more).");
        assertThatThrownBy(() -> SessionSnapshotJson.read(WRITTEN_TODAY.replace("\"entryIndex\":3", "\"entryIndex\":\"3\"")))
                .hasMessageContaining("'entryIndex'");
        assertThatThrownBy(() -> SessionSnapshotJson.read(WRITTEN_TODAY.replace("PAUSED", "NAPPING")))
                .hasMessageContaining("no session state");
        assertThatThrownBy(() -> SessionSnapshotJson.read("[]")).hasMessageContaining("not a saved Easeback session");
    }
}
