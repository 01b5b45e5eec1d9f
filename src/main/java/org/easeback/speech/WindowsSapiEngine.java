package org.easeback.speech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Windows SAPI through PowerShell and System.Speech: {@code SpeechSynthesizer.SetOutputToWaveFile}. The script is
 * fixed and passed with -EncodedCommand; the text, file, voice and rate reach it only through environment
 * variables, so no phrase can ever be read as PowerShell.
 */
public final class WindowsSapiEngine extends SystemSpeechEngine {

    public static final String ID = "windows-sapi";

    static final String VOICES_SCRIPT = "Add-Type -AssemblyName System.Speech;"
            + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
            + "$s.GetInstalledVoices() | Where-Object { $_.Enabled } | ForEach-Object { $_.VoiceInfo.Name };"
            + "$s.Dispose()";

    static final String RENDER_SCRIPT = "$ErrorActionPreference = 'Stop';"
            + "Add-Type -AssemblyName System.Speech;"
            + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
            + "try {"
            + " if ($env:EASEBACK_SPEECH_VOICE) { $s.SelectVoice($env:EASEBACK_SPEECH_VOICE) };"
            + " $s.Rate = [int]$env:EASEBACK_SPEECH_RATE;"
            + " $f = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo(22050,"
            + " [System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen,"
            + " [System.Speech.AudioFormat.AudioChannel]::Mono);"
            + " $s.SetOutputToWaveFile($env:EASEBACK_SPEECH_FILE, $f);"
            + " $s.Speak($env:EASEBACK_SPEECH_TEXT)"
            + "} finally { $s.Dispose() }";

    public WindowsSapiEngine(String osName, ProcessRunner runner) {
        super(runner, osName, ID, "Windows speech", "win", "Windows");
    }

    @Override
    List<String> voicesCommand() {
        return powershell(VOICES_SCRIPT);
    }

    @Override
    String cannotList(String failure) {
        return "Windows speech (PowerShell) " + failure + ": add a voice in Settings > Time & language > Speech.";
    }

    @Override
    List<String> voiceNames(String listing) {
        return listing.lines().map(String::strip).filter(SystemSpeechEngine::plainVoiceName).toList();
    }

    @Override
    EngineStatus withVoices(List<String> names) {
        if (names.isEmpty()) {
            return EngineStatus.unavailable(ID, "Windows speech",
                    "Windows has no voice installed: add one in Settings > Time & language > Speech.");
        }
        return super.withVoices(names);
    }

    static List<String> powershell(String script) {
        String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-EncodedCommand", encoded);
    }

    @Override
    List<String> renderCommand(String text, SpeechStyle style, Path wav) {
        return powershell(RENDER_SCRIPT);
    }

    @Override
    Map<String, String> renderEnvironment(String text, SpeechStyle style, Path wav) {
        return Map.of("EASEBACK_SPEECH_TEXT", text, "EASEBACK_SPEECH_FILE", wav.toString(),
                "EASEBACK_SPEECH_VOICE", style.voice(), "EASEBACK_SPEECH_RATE", Integer.toString(sapiRate(style)));
    }

    /** SAPI's rate is -10 to 10 around a normal pace of about 180 words a minute. */
    static int sapiRate(SpeechStyle style) {
        return Math.max(-10, Math.min(10, Math.round((style.wordsPerMinute() - 180) / 12f)));
    }
}
