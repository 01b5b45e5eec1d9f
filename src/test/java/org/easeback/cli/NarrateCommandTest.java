package org.easeback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanResult;
import org.easeback.engine.PlanSettings;
import org.easeback.routine.RoutineLoader;
import org.easeback.routine.TechniqueCatalog;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.SafetyAdvice;
import org.easeback.speech.Narration;
import org.easeback.speech.RecordingSpeechEngine;
import org.easeback.speech.SpeechEngine;
import org.easeback.speech.WavCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NarrateCommandTest {

    @TempDir
    Path dir;

    private static CommandLine.IFactory with(SpeechEngine engine) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == NarrateCommand.class ? type.cast(new NarrateCommand(() -> engine))
                        : CommandLine.defaultFactory().create(type);
            }
        };
    }

    private CliRun narrate(SpeechEngine engine, String... args) {
        String[] all = Stream.concat(Stream.of("narrate", "--data", dir.resolve("data").toString()),
                Stream.of(args)).toArray(String[]::new);
        return CliRun.of(with(engine), all);
    }

    private static void assertNoRawControlCharacters(CliRun run) {
        assertThat((run.out() + run.err()).codePoints().filter(c -> Character.isISOControl(c) && c != '\n'
                && c != '\r')).isEmpty();
    }

    private static Plan partnerShort() {
        TechniqueCatalog catalog = TechniqueCatalogLoader.bundled();
        var routine = new RoutineLoader(catalog).load(Path.of("routines/partner-short.json")).value().orElseThrow();
        return ((PlanResult.Compiled) new PlanCompiler(catalog::find).compile(routine, java.util.Optional.empty(),
                PlanSettings.HOME)).plan();
    }

    @Test
    void writesOneValidWavAPhraseAndAListingOfIndexAtTextAndFile() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = narrate(new RecordingSpeechEngine(), "routines/partner-short.json", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Narration expected = Narration.of(partnerShort());
        assertThat(run.out()).startsWith("Wrote " + expected.lines().size() + " phrases (")
                .contains("narration.json").contains("Fake voice");
        JsonNode listing = new ObjectMapper().readTree(out.resolve("narration.json").toFile());
        assertThat(listing.get("routine").asText()).isEqualTo("partner-short");
        JsonNode phrases = listing.get("phrases");
        assertThat(phrases).hasSize(expected.lines().size());
        for (int i = 0; i < phrases.size(); i++) {
            JsonNode p = phrases.get(i);
            assertThat(p.get("index").asInt()).isEqualTo(i + 1);
            assertThat(p.get("text").asText()).isEqualTo(expected.lines().get(i).text());
            Path wav = out.resolve(p.get("file").asText());
            assertThat(WavCheck.check(wav).channels()).isEqualTo(1);
        }
        assertThat(phrases.get(0).get("at").asInt()).isZero();
        assertThat(phrases.get(0).get("file").asText()).isEqualTo("001-entry-start.wav");
        JsonNode last = phrases.get(phrases.size() - 1);
        assertThat(last.get("text").asText()).isEqualTo(SafetyAdvice.PAIN_STOP);
        assertThat(last.get("at").isNull()).isTrue();
        // Every distinct phrase was rendered once, into the data folder's cache.
        try (Stream<Path> cached = Files.list(dir.resolve("data/speech"))) {
            assertThat(cached.count()).isEqualTo(expected.phrases().size());
        }
        assertNoRawControlCharacters(run);
    }

    @Test
    void aRoutineFileThatBreaksASafetyRuleIsNotNarrated() {
        Path out = dir.resolve("unsafe");
        CliRun run = narrate(new RecordingSpeechEngine(), "src/test/resources/broken/professional-in-disguise.json",
                "--out", out.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("professional-in-disguise.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBundledRoutineIdWorksAsWellAsAFile() throws Exception {
        Path out = dir.resolve("by-id");
        CliRun run = narrate(new RecordingSpeechEngine(), "partner-short", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("narration.json")).exists();
    }

    @Test
    void withoutASpeechEngineItSaysWhatToInstallAndExitsTwo() {
        Path out = dir.resolve("none");
        CliRun run = narrate(new RecordingSpeechEngine("none", false), "routines/partner-short.json", "--out",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("easeback narrate: no speech engine found: install espeak-ng"
                + " (sudo apt-get install espeak-ng) on Linux, or turn on the system voice on macOS or Windows,"
                + " then run narrate again.");
        assertThat(out).doesNotExist();
        assertNoRawControlCharacters(run);
    }

    @Test
    void anUnknownRoutineWithControlCharactersIsNamedSafely() {
        CliRun run = narrate(new RecordingSpeechEngine(), "no-such\u001b[31mroutine");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such\\e[31mroutine").contains("partner-short");
        assertNoRawControlCharacters(run);
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun run = narrate(new RecordingSpeechEngine(), "partner-short", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a file, not a folder");
    }

    @Test
    void aBrokenRoutineGetsItsDiagnosticsAndExitsOne() throws Exception {
        Path broken = Path.of("src/test/resources/broken/say-text.json");
        CliRun run = narrate(new RecordingSpeechEngine(), broken.toString(), "--out", dir.resolve("b").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("say-text.json:7:85: error: 'say' in step 1 holds the control character");
        assertNoRawControlCharacters(run);
    }

    @Test
    void aPhraseTheEngineCannotSayIsReportedAndTheRestAreStillWritten() throws Exception {
        Path out = dir.resolve("partial");
        CliRun run = narrate(new RecordingSpeechEngine().failingOn(java.util.Set.of("Halfway.")),
                "routines/partner-short.json", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The fake voice refuses 'Halfway.'");
        JsonNode phrases = new ObjectMapper().readTree(out.resolve("narration.json").toFile()).get("phrases");
        for (JsonNode p : phrases) {
            assertThat(p.get("file").isNull()).isEqualTo(p.get("text").asText().equals("Halfway."));
        }
    }

    @Test
    void aRateOutOfRangeIsAUsageError() {
        CliRun run = narrate(new RecordingSpeechEngine(), "partner-short", "--rate", "5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("80 to 300");
    }
}
