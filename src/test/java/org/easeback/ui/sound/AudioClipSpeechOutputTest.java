package org.easeback.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The speech port's JavaFX side: never waits on the caller's thread, reports a stack that cannot play. */
class AudioClipSpeechOutputTest {

    @Test
    void playReturnsAtOnceWhileTheClipLoadsOnItsOwnThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> played = new CopyOnWriteArrayList<>();
        AtomicReference<String> thread = new AtomicReference<>();
        try (AudioClipSpeechOutput out = new AudioClipSpeechOutput(wav -> {
            thread.set(Thread.currentThread().getName());
            await(release); // a slow disk
            return volume -> played.add(wav.getFileName() + "@" + volume);
        })) {
            long start = System.nanoTime();
            out.play(Path.of("one.wav"), 0.5);
            out.play(Path.of("one.wav"), 2.0);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
            assertThat(played).isEmpty();
            release.countDown();
            assertThat(out.tryPlay(Path.of("two.wav"), 1).get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(played).containsExactly("one.wav@0.5", "one.wav@1.0", "two.wav@1.0");
            assertThat(thread.get()).isEqualTo("easeback-speech-out");
        }
    }

    @Test
    void aMediaStackThatCannotPlaySaysSoOnceAndThenStaysSilent() throws Exception {
        List<String> reasons = new CopyOnWriteArrayList<>();
        List<Path> tried = new CopyOnWriteArrayList<>();
        try (AudioClipSpeechOutput out = new AudioClipSpeechOutput(wav -> {
            tried.add(wav);
            throw new IllegalStateException("no audio device");
        })) {
            out.onFailure(reasons::add);
            Optional<String> first = out.tryPlay(Path.of("a.wav"), 1).get(5, TimeUnit.SECONDS);
            out.play(Path.of("b.wav"), 1);
            out.tryPlay(Path.of("c.wav"), 1).get(5, TimeUnit.SECONDS);
            assertThat(first).hasValueSatisfying(r -> assertThat(r).contains("no audio device")
                    .contains("carries on with text and tones"));
            assertThat(reasons).hasSize(1);
            assertThat(tried).containsExactly(Path.of("a.wav"));
            assertThat(out.failure()).isEqualTo(first);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
