package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines are external programs that never hang Easeback, get their text as one safe argument, and are chosen by probing. */
class SpeechEnginesTest {

    @TempDir
    Path dir;

    private static boolean unix() {
        return !System.getProperty("os.name", "").toLowerCase().contains("win") && Files.isExecutable(Path.of("/bin/sh"));
    }

    /** A program that never answers: a script that sleeps (and leaves a child that sleeps too). */
    private Path hangingProgram() throws IOException {
        Path script = dir.resolve("hang");
        Files.writeString(script, "#!/bin/sh\nsleep 60 &\nsleep 60\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    @Test
    void aProgramThatHangsIsKilledAtItsTimeout() throws Exception {
        assumeTrue(unix(), "needs /bin/sh to build a hanging program");
        long start = System.nanoTime();
        ProcessRunner.Outcome o = new ProcessRunner().run(List.of(hangingProgram().toString()), Map.of(),
                Duration.ofMillis(300));
        assertThat(o.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHangingProbeMakesTheEngineUnavailableInsteadOfHangingTheApp() throws Exception {
        assumeTrue(unix(), "needs /bin/sh to build a hanging program");
        ProcessRunner quick = new ProcessRunner() {
            @Override
            public Outcome run(List<String> command, Map<String, String> env, Duration timeout) throws IOException {
                return super.run(command, env, Duration.ofMillis(300));
            }
        };
        EngineStatus status = new EspeakNgEngine(hangingProgram().toString(), quick).status();
        assertThat(status.available()).isFalse();
        assertThat(status.reason()).contains("did not answer").contains("apt-get install espeak-ng");
    }

    @Test
    void aMissingProgramIsAnIoExceptionAndAnUnavailableEngineThatSaysWhatToInstall() {
        assertThatThrownBy(() -> new ProcessRunner().run(List.of("easeback-no-such-program"), Map.of(),
                Duration.ofSeconds(2))).isInstanceOf(IOException.class);
        EngineStatus status = new EspeakNgEngine("easeback-no-such-program", new ProcessRunner()).status();
        assertThat(status.available()).isFalse();
        assertThat(status.reason()).isEqualTo(
                "eSpeak NG is not installed: install it (sudo apt-get install espeak-ng) to hear spoken guidance.");
    }

    @Test
    void aLargeOutputIsDrainedSoTheProgramFinishes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/seq")) || Files.isExecutable(Path.of("/bin/seq")),
                "needs seq");
        ProcessRunner.Outcome o = new ProcessRunner().run(List.of("seq", "1", "300000"), Map.of(),
                Duration.ofSeconds(20));
        assertThat(o.timedOut()).isFalse();
        assertThat(o.exitCode()).isZero();
        assertThat(o.output().length()).isEqualTo(ProcessRunner.MAX_OUTPUT_BYTES);
    }

    @Test
    void theTextIsOneArgumentWithControlCharactersRemovedAndNoLeadingDash() {
        assertThat(SpokenText.forEngine("-v\u0007 x\n\ny")).isEqualTo(" -v x y");
        assertThat(SpokenText.forEngine("  Halfway. ")).isEqualTo("Halfway.");
        assertThat(SpokenText.forEngine("a".repeat(5000))).hasSize(SpokenText.MAX_CHARS);
        assertThat(new EspeakNgEngine(new ProcessRunner()).renderCommand(" -v x", SpeechStyle.DEFAULT,
                Path.of("/tmp/o.wav"))).endsWith("--", " -v x");
    }

    @Test
    void windowsPassesTheTextOnlyThroughTheEnvironment() {
        WindowsSapiEngine sapi = new WindowsSapiEngine("Windows 11", new ProcessRunner());
        String text = "'; Remove-Item C:\\ -Recurse; '";
        List<String> command = sapi.renderCommand(text, SpeechStyle.DEFAULT, Path.of("C:/o.wav"));
        assertThat(String.join(" ", command)).doesNotContain("Remove-Item");
        assertThat(sapi.renderEnvironment(text, SpeechStyle.DEFAULT, Path.of("C:/o.wav")))
                .containsEntry("EASEBACK_SPEECH_TEXT", text);
        assertThat(WindowsSapiEngine.sapiRate(new SpeechStyle("", 80))).isEqualTo(-8);
        assertThat(WindowsSapiEngine.sapiRate(new SpeechStyle("", 300))).isEqualTo(10);
    }

    @Test
    void voiceNamesThatCouldPassForOptionsAreRefused() {
        assertThatThrownBy(() -> new SpeechStyle("-w/etc/passwd", 150)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeechStyle("en\u0000", 150)).hasMessageContaining("\\u0000");
        assertThatThrownBy(() -> new SpeechStyle("en", 20)).hasMessageContaining("80 to 300");
    }

    @Test
    void probeListingsAreParsed() {
        assertThat(EspeakNgEngine.voices("""
                Pty Language       Age/Gender VoiceName          File                 Other Languages
                 5  af              --/M      Afrikaans          gmw/af
                 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
                 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
                 5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)
                """)).containsExactly("af", "en-gb", "en-us");
        assertThat(EspeakNgEngine.nameFrom("eSpeak NG text-to-speech: 1.51  Data at: /usr/lib")).isEqualTo(
                "eSpeak NG 1.51");
        assertThat(MacSayEngine.voices("""
                Alex                en_US    # Most people recognize me by my voice.
                Samantha            en_US    # Hello, my name is Samantha.
                Eddy (English (UK)) en_GB    # Hello! My name is Eddy.
                """)).containsExactly("Alex", "Samantha", "Eddy (English (UK))");
    }

    @Test
    void withoutAnyEngineTheProbeChoosesSilenceAndSaysWhatToDo() {
        SpeechEngines.Probe probe = SpeechEngines.probe(List.of(new RecordingSpeechEngine("a", false),
                new EspeakNgEngine("easeback-no-such-program", new ProcessRunner())));
        assertThat(probe.found()).isFalse();
        assertThat(probe.engine().id()).isEqualTo(SilentSpeechEngine.ID);
        assertThat(probe.engine().status().reason()).isEqualTo(SpeechEngines.NONE_FOUND);
        assertThat(probe.candidates()).hasSize(2);
        SpeechEngines.Probe found = SpeechEngines.probe(List.of(new RecordingSpeechEngine("a", false),
                new RecordingSpeechEngine("b", true)));
        assertThat(found.engine().id()).isEqualTo("b");
    }

    @Test
    void theCandidatesSuitTheOperatingSystem() {
        ProcessRunner r = new ProcessRunner();
        assertThat(SpeechEngines.candidates("Mac OS X", r)).extracting(SpeechEngine::id)
                .containsExactly(MacSayEngine.ID, EspeakNgEngine.ID);
        assertThat(SpeechEngines.candidates("Windows 11", r)).extracting(SpeechEngine::id)
                .containsExactly(WindowsSapiEngine.ID, EspeakNgEngine.ID);
        assertThat(SpeechEngines.candidates("Linux", r)).extracting(SpeechEngine::id)
                .containsExactly(EspeakNgEngine.ID);
        assertThat(new MacSayEngine("Linux", r).status().available()).isFalse();
        assertThat(new WindowsSapiEngine("Linux", r).status().available()).isFalse();
    }
}
