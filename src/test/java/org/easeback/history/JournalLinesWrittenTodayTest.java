package org.easeback.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Lines as the hand-written codec wrote them: each still reads, and is written back byte for byte. */
class JournalLinesWrittenTodayTest {

    static Stream<String> lines() {
        return Stream.of(
                "{\"format\":\"easeback-journal/1\",\"event\":\"start\",\"at\":\"2025-05-01T10:00:00Z\",\"sessionId\":\"s1\","
                        + "\"routineId\":\"basic-lower-back\",\"routineTitle\":\"Basic lower-back massage\",\"receiver\":\"Sam\","
                        + "\"screening\":[{\"question\":\"recent-injury\",\"answer\":\"no\"}],"
                        + "\"soreSpots\":[{\"x\":0.36,\"y\":0.55,\"note\":\"tight\"},{\"x\":0.7,\"y\":0.3}]}",
                "{\"event\":\"entry\",\"at\":\"2025-05-01T10:00:01Z\",\"entry\":0,\"title\":\"Warm the oil\",\"kind\":\"oil\"}",
                "{\"event\":\"pause\",\"at\":\"2025-05-01T10:00:02Z\",\"entry\":0}",
                "{\"event\":\"resume\",\"at\":\"2025-05-01T10:00:03Z\",\"entry\":0}",
                "{\"event\":\"check-in\",\"at\":\"2025-05-01T10:03:20Z\",\"entry\":2,\"answer\":\"firmer\"}",
                "{\"event\":\"extend\",\"at\":\"2025-05-01T10:03:21Z\",\"entry\":2,\"seconds\":15}",
                "{\"event\":\"pain-stop\",\"at\":\"2025-05-01T10:03:22Z\",\"entry\":2,\"message\":\"Stop.\"}",
                "{\"event\":\"stop\",\"at\":\"2025-05-01T10:03:23Z\",\"entry\":2,\"reason\":\"pain\",\"message\":\"See a doctor.\"}",
                "{\"event\":\"finish\",\"at\":\"2025-05-01T10:10:00Z\"}",
                "{\"event\":\"safety\",\"at\":\"2025-05-01T10:00:00Z\",\"rule\":\"oil\",\"decision\":\"refused\"}",
                "{\"event\":\"snapshot\",\"at\":\"2025-05-01T10:00:04Z\",\"entry\":1,\"state\":{\"format\":\"easeback-session-snapshot/1\",\"planId\":\"p\"}}",
                "{\"event\":\"abandoned\",\"at\":\"2025-05-01T11:00:00Z\",\"reason\":\"closed\"}",
                "{\"event\":\"reopened\",\"at\":\"2025-05-01T11:00:01Z\"}");
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aLineWrittenTodayReadsAndIsWrittenBackTheSame(String line) throws Exception {
        assertThat(JournalCodec.line(JournalCodec.parse(line))).isEqualTo(line);
    }

    @Test
    void aLineWithAFieldOfTheWrongKindOrAMissingOneSaysWhich() {
        assertThatThrownBy(() -> JournalCodec.parse("{\"event\":\"pause\",\"at\":\"2025-05-01T10:00:02Z\"}"))
                .hasMessage("\"entry\" is missing");
        assertThatThrownBy(() -> JournalCodec.parse("{\"event\":\"pause\",\"at\":\"2025-05-01T10:00:02Z\",\"entry\":\"1\"}"))
                .hasMessage("the value of 'entry' is missing or not of the right kind");
        assertThatThrownBy(() -> JournalCodec.parse("{\"event\":\"check-in\",\"at\":\"2025-05-01T10:00:02Z\",\"entry\":1,"
                + "\"answer\":\"harder\"}")).hasMessageContaining("\"answer\" is \"harder\"");
        assertThatThrownBy(() -> JournalCodec.parse("{\"event\":\"finish\",\"at\":\"yesterday\"}"))
                .hasMessageStartingWith("a field has a wrong value");
    }
}
