package org.easeback.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A speech engine for tests: writes a real, silent, mono 16-bit WAV whose length grows with the text (0.3 s plus
 * 50 ms a character), records every text it renders, and fails on the texts it is told to.
 */
public final class RecordingSpeechEngine implements SpeechEngine {

    public static final float RATE = 8_000f;
    private final String id;
    private final boolean available;
    private final List<String> rendered = Collections.synchronizedList(new ArrayList<>());
    private volatile Set<String> failing = Set.of();

    public RecordingSpeechEngine() {
        this("fake", true);
    }

    public RecordingSpeechEngine(String id, boolean available) {
        this.id = id;
        this.available = available;
    }

    /** Renders of these texts fail. */
    public RecordingSpeechEngine failingOn(Set<String> texts) {
        this.failing = Set.copyOf(texts);
        return this;
    }

    public List<String> rendered() {
        return List.copyOf(rendered);
    }

    /** How long the phrase for {@code text} plays. */
    public static Duration lengthOf(String text) {
        return Duration.ofMillis(300 + 50L * text.length());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public EngineStatus status() {
        return available ? EngineStatus.available(id, "Fake voice", List.of("fake-voice"))
                : EngineStatus.unavailable(id, "Fake voice", "The fake voice is switched off.");
    }

    @Override
    public void render(String text, SpeechStyle style, Path wav) throws SpeechException {
        if (!available) {
            throw new SpeechException(status().reason());
        }
        rendered.add(text);
        if (failing.contains(text)) {
            throw new SpeechException("The fake voice refuses '" + text + "'.");
        }
        writeSilence(wav, lengthOf(text));
    }

    /** Writes {@code length} of silence as a mono 16-bit PCM WAV. */
    public static void writeSilence(Path wav, Duration length) throws SpeechException {
        int frames = (int) (length.toMillis() * RATE / 1000);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(new byte[frames * 2]), format,
                frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
        } catch (IOException e) {
            throw new SpeechException("could not write " + wav, e);
        }
    }
}
