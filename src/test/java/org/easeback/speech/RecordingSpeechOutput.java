package org.easeback.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/** A speech output that records what it was asked to play, and when on the test's clock. */
final class RecordingSpeechOutput implements SpeechOutput {

    record Played(long atNanos, Path wav, double volume) {
    }

    private final LongSupplier clock;
    private final List<Played> played = Collections.synchronizedList(new ArrayList<>());

    RecordingSpeechOutput(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void play(Path wav, double volume) {
        played.add(new Played(clock.getAsLong(), wav, volume));
    }

    List<Played> played() {
        return List.copyOf(played);
    }
}
