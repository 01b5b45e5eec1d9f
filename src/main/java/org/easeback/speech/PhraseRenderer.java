package org.easeback.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every phrase of a narration into the cache ahead of the session, so that speaking at cue time only
 * starts a file that is already there. A phrase that fails is left out and reported; the rest still speak.
 */
public final class PhraseRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PhraseRenderer.class);
    private final SpeechEngine engine;
    private final PhraseCache cache;

    public PhraseRenderer(SpeechEngine engine, PhraseCache cache) {
        this.engine = engine;
        this.cache = cache;
    }

    /** Renders (or finds in the cache) every phrase. Blocks; stops early, keeping what it has, if interrupted. */
    public RenderedNarration render(Narration narration, SpeechStyle style) {
        EngineStatus status = engine.status();
        if (!status.available()) {
            return new RenderedNarration(Map.of(), List.of(status.reason()));
        }
        Map<String, CachedPhrase> ready = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (String text : narration.phrases()) {
            if (Thread.currentThread().isInterrupted()) {
                failures.add("Rendering was cancelled before '" + SpokenText.printable(text) + "'.");
                break;
            }
            try {
                ready.put(text, cache.phrase(engine, style, text));
            } catch (SpeechException e) {
                LOG.warn("Could not render the phrase '{}': {}", SpokenText.printable(text), e.getMessage());
                failures.add(e.getMessage());
            }
        }
        RenderedNarration rendered = new RenderedNarration(ready, failures);
        cache.evict(rendered.files());
        return rendered;
    }

    /** {@link #render} on {@code worker} (the app's background worker), never on the caller's thread. */
    public CompletableFuture<RenderedNarration> renderAhead(Narration narration, SpeechStyle style, Executor worker) {
        return CompletableFuture.supplyAsync(() -> render(narration, style), worker);
    }
}
