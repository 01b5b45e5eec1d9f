package org.easeback.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.easeback.safety.BackMap;
import org.junit.jupiter.api.Test;
import org.easeback.routine.Diagnostic;
import org.easeback.routine.LoadResult;
import org.easeback.routine.MapPoint;

/** Receiver profiles load with the routine diagnostics, and spots the back map forbids are refused. */
class ReceiverLoaderTest {

    static final Path FILE = Path.of("sam.json");

    static LoadResult<Receiver> load(String json) {
        return new ReceiverLoader().load(json.getBytes(StandardCharsets.UTF_8), FILE);
    }

    @Test
    void validProfileLoadsWithDefaults() {
        Receiver r = new ReceiverLoader().load(Path.of("src/test/resources/valid/receiver.json")).value().orElseThrow();
        assertThat(r.name()).isEqualTo("Sam");
        assertThat(r.essentialOils()).containsExactly("lavender");
        assertThat(r.soreSpots()).hasSize(2);
        assertThat(r.soreSpots().get(0).note()).isEqualTo("tight after gardening");
        Receiver minimal = load("{\"format\": \"easeback-receiver/1\", \"name\": \"Jo\"}").value().orElseThrow();
        assertThat(minimal.preferredPressure()).isEqualTo(org.easeback.routine.Pressure.GENTLE);
        assertThat(minimal.carrierOil()).isEmpty();
    }

    @Test
    void spotOnTheSpineIsRefusedWithTheBackMapsMessage() {
        LoadResult<Receiver> result = load("""
                {"format": "easeback-receiver/1", "name": "Sam",
                 "soreSpots": [{"x": 0.5, "y": 0.5}]}""");
        String reason = BackMap.refusal(new MapPoint(0.5, 0.5)).orElseThrow();
        assertThat(result.diagnostics()).extracting(Diagnostic::format)
                .containsExactly("sam.json:2:16: error: sore spot 1 at (0.5, 0.5) is refused: " + reason);
        assertThat(result.value()).isEmpty();
    }

    @Test
    void moreThanTwentySpotsAreRefused() {
        String spot = "{\"x\": 0.3, \"y\": 0.5}";
        LoadResult<Receiver> result = load("{\"format\": \"easeback-receiver/1\", \"name\": \"Sam\", \"soreSpots\": ["
                + String.join(", ", java.util.Collections.nCopies(21, spot)) + "]}");
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("'soreSpots' holds 21 items; the most allowed is 20");
    }

    @Test
    void missingNameAndWrongFormatAreBothReported() {
        LoadResult<Receiver> result = load("{\"format\": \"easeback-receiver/2\"}");
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "missing required field 'name'; add text of 1 to 80 characters",
                "'format' must be exactly \"easeback-receiver/1\", not \"easeback-receiver/2\"; "
                        + "this version of Easeback reads only that format");
    }

    @Test
    void malformedProfileSpeaksOfReceiverFiles() {
        assertThat(load("{\"format\": \"easeback-receiver/1\", // me\n}").diagnostics())
                .extracting(Diagnostic::message).singleElement().asString()
                .startsWith("comments are not allowed in receiver files");
        assertThat(load("").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("the file is empty; a receiver profile starts with { ... }");
    }
}
