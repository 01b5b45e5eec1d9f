package org.easeback.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Checks that a file is a whole, playable WAV phrase, and says how long it plays. */
public final class WavCheck {

    /** The largest phrase file accepted: a minute of 16-bit audio at 48 kHz is about 5.5 MiB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** What a valid phrase file holds. */
    public record WavInfo(float sampleRate, int channels, long frames, Duration length) {
    }

    private WavCheck() {
    }

    /** The file's format if it is a regular file holding a RIFF WAVE with audio in it, complete to its end. */
    public static WavInfo check(Path wav) throws SpeechException {
        try {
            if (!Files.isRegularFile(wav, LinkOption.NOFOLLOW_LINKS)) {
                throw new SpeechException("'" + wav + "' is not a regular file.");
            }
            long size = Files.size(wav);
            if (size > MAX_BYTES) {
                throw new SpeechException("'" + wav + "' is " + size + " bytes, more than a phrase ever needs.");
            }
            AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
            if (file.getType() != AudioFileFormat.Type.WAVE) {
                throw new SpeechException("'" + wav + "' is " + file.getType() + " audio, not WAV.");
            }
            AudioFormat format = file.getFormat();
            long frames = file.getFrameLength();
            if (frames <= 0 || format.getFrameRate() <= 0) {
                throw new SpeechException("'" + wav + "' holds no audio.");
            }
            long dataBytes = frames * Math.max(1, format.getFrameSize());
            if (dataBytes > size) {
                throw new SpeechException("'" + wav + "' is cut short: its header promises " + dataBytes
                        + " bytes of audio, and the file has " + size + ".");
            }
            Duration length = Duration.ofNanos((long) (frames / (double) format.getFrameRate() * 1e9));
            return new WavInfo(format.getSampleRate(), format.getChannels(), frames, length);
        } catch (UnsupportedAudioFileException e) {
            throw new SpeechException("'" + wav + "' is not a WAV file Java can read.", e);
        } catch (IOException e) {
            throw new SpeechException("'" + wav + "' cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
