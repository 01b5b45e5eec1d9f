package org.easeback.cues;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Wraps 16-bit mono PCM samples in a canonical 44-byte RIFF/WAVE header, the format AudioClip plays. */
public final class WavEncoder {

    /** Size of the RIFF, fmt and data chunk headers together. */
    public static final int HEADER_BYTES = 44;

    private WavEncoder() {
    }

    public static byte[] encode(short[] samples, int sampleRate) {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII));
        b.putInt(36 + dataBytes);
        b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII));
        b.putInt(16);                 // fmt chunk size
        b.putShort((short) 1);        // PCM
        b.putShort((short) 1);        // mono
        b.putInt(sampleRate);
        b.putInt(sampleRate * 2);     // byte rate
        b.putShort((short) 2);        // block align
        b.putShort((short) 16);       // bits per sample
        b.put("data".getBytes(StandardCharsets.US_ASCII));
        b.putInt(dataBytes);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    /** The cue's sound as a complete WAV file. */
    public static byte[] wav(Cue cue) {
        return encode(ToneSynthesizer.samples(cue.tone()), ToneSynthesizer.SAMPLE_RATE);
    }
}
