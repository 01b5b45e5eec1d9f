package org.easeback.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.easeback.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseCacheTest {

    @TempDir
    Path dir;
    private final RecordingSpeechEngine engine = new RecordingSpeechEngine();

    private PhraseCache cache(long maxBytes) {
        return new PhraseCache(dir.resolve("speech"), maxBytes);
    }

    @Test
    void theKeyIsTheSha256OfEngineVoiceRateAndText() {
        String key = PhraseCache.key("espeak-ng", SpeechStyle.DEFAULT, "Halfway.");
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(PhraseCache.key("espeak-ng", SpeechStyle.DEFAULT,
                "Halfway."));
        assertThat(Set.of(key,
                PhraseCache.key("macos-say", SpeechStyle.DEFAULT, "Halfway."),
                PhraseCache.key("espeak-ng", new SpeechStyle("en-gb", SpeechStyle.DEFAULT_RATE), "Halfway."),
                PhraseCache.key("espeak-ng", new SpeechStyle("", 151), "Halfway."),
                PhraseCache.key("espeak-ng", SpeechStyle.DEFAULT, "Halfway!"))).hasSize(5);
        // Length prefixes keep the parts apart: voice "a" + text "b c" is not voice "a b" + text "c".
        assertThat(PhraseCache.key("e", new SpeechStyle("a", 150), "b"))
                .isNotEqualTo(PhraseCache.key("e", new SpeechStyle("a1", 150), "50b"));
    }

    @Test
    void theCacheLivesInTheDataFoldersSpeechFolder() {
        assertThat(PhraseCache.in(new DataDirectory(dir)).folder()).isEqualTo(dir.resolve("speech"));
    }

    @Test
    void aPhraseIsRenderedOnceThenServedFromTheCache() throws Exception {
        PhraseCache cache = cache(PhraseCache.DEFAULT_MAX_BYTES);
        CachedPhrase first = cache.phrase(engine, SpeechStyle.DEFAULT, "Switch sides.");
        CachedPhrase again = cache.phrase(engine, SpeechStyle.DEFAULT, "Switch sides.");
        assertThat(engine.rendered()).containsExactly("Switch sides.");
        assertThat(again).isEqualTo(first);
        assertThat(first.wav()).hasFileName(PhraseCache.key("fake", SpeechStyle.DEFAULT, "Switch sides.") + ".wav");
        assertThat(first.length()).isEqualTo(RecordingSpeechEngine.lengthOf("Switch sides."));
        try (Stream<Path> files = Files.list(cache.folder())) {
            assertThat(files).containsExactly(first.wav()); // no temporary file left behind
        }
    }

    @Test
    void aDamagedCachedFileIsRenderedAgain() throws Exception {
        PhraseCache cache = cache(PhraseCache.DEFAULT_MAX_BYTES);
        Path wav = cache.phrase(engine, SpeechStyle.DEFAULT, "Halfway.").wav();
        byte[] whole = Files.readAllBytes(wav);
        for (byte[] damage : new byte[][] {new byte[0], "not a wav at all".getBytes(),
                Arrays.copyOf(whole, whole.length / 2)}) {
            Files.write(wav, damage);
            CachedPhrase again = cache.phrase(engine, SpeechStyle.DEFAULT, "Halfway.");
            assertThat(Files.readAllBytes(again.wav())).isEqualTo(whole);
        }
        assertThat(engine.rendered()).hasSize(4);
    }

    @Test
    void aFailedRenderLeavesNothingBehindAndSaysWhy() throws Exception {
        PhraseCache cache = cache(PhraseCache.DEFAULT_MAX_BYTES);
        engine.failingOn(Set.of("3"));
        assertThatThrownBy(() -> cache.phrase(engine, SpeechStyle.DEFAULT, "3"))
                .isInstanceOf(SpeechException.class).hasMessageContaining("refuses");
        try (Stream<Path> files = Files.list(cache.folder())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEngineThatWritesGarbageIsCaughtBeforeItIsCached() {
        PhraseCache cache = cache(PhraseCache.DEFAULT_MAX_BYTES);
        SpeechEngine garbage = new SpeechEngine() {
            public String id() {
                return "garbage";
            }

            public EngineStatus status() {
                return EngineStatus.available("garbage", "Garbage", java.util.List.of());
            }

            public void render(String text, SpeechStyle style, Path wav) throws SpeechException {
                try {
                    Files.writeString(wav, "RIFF....WAVEjunk");
                } catch (java.io.IOException e) {
                    throw new SpeechException("io", e);
                }
            }
        };
        assertThatThrownBy(() -> cache.phrase(garbage, SpeechStyle.DEFAULT, "Halfway."))
                .isInstanceOf(SpeechException.class);
        assertThat(cache.fileFor("garbage", SpeechStyle.DEFAULT, "Halfway.")).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearFailure() throws Exception {
        Files.writeString(dir.resolve("speech"), "in the way");
        assertThatThrownBy(() -> cache(1000).phrase(engine, SpeechStyle.DEFAULT, "Halfway."))
                .isInstanceOf(SpeechException.class).hasMessageContaining("cannot be written")
                .hasMessageContaining("writable");
    }

    @Test
    void overTheCapTheLeastRecentlyUsedPhrasesGoFirstButNeverTheOnesInUse() throws Exception {
        CachedPhrase sample = cache(Long.MAX_VALUE).phrase(engine, SpeechStyle.DEFAULT, "aaaa");
        long size = Files.size(sample.wav());
        PhraseCache cache = cache(size * 3);
        Path a = cache.phrase(engine, SpeechStyle.DEFAULT, "aaaa").wav();
        Path b = cache.phrase(engine, SpeechStyle.DEFAULT, "bbbb").wav();
        Path c = cache.phrase(engine, SpeechStyle.DEFAULT, "cccc").wav();
        Path d = cache.phrase(engine, SpeechStyle.DEFAULT, "dddd").wav();
        Path e = cache.phrase(engine, SpeechStyle.DEFAULT, "eeee").wav();
        long t = System.currentTimeMillis() - 100_000;
        for (Path p : new Path[] {a, b, c, d, e}) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(t += 1000));
        }
        cache.phrase(engine, SpeechStyle.DEFAULT, "aaaa"); // a hit: a becomes the most recently used
        long left = cache.evict(Set.of(b));
        assertThat(left).isLessThanOrEqualTo(size * 3);
        assertThat(a).exists();
        assertThat(b).exists(); // the oldest, but in use
        assertThat(c).doesNotExist();
        assertThat(d).doesNotExist();
        assertThat(e).exists();
    }
}
