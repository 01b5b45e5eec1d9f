package org.easeback.speech;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phrases of a narration that are ready to play, by text, and the ones that could not be rendered (each with
 * its reason). Looking a phrase up costs a map lookup: no disk, no process.
 */
public record RenderedNarration(Map<String, CachedPhrase> phrases, List<String> failures) {

    /** Nothing to say: no engine, or the voice is off. */
    public static final RenderedNarration NONE = new RenderedNarration(Map.of(), List.of());

    public RenderedNarration {
        phrases = Map.copyOf(phrases);
        failures = List.copyOf(failures);
    }

    public Optional<CachedPhrase> phrase(String text) {
        return Optional.ofNullable(phrases.get(text));
    }

    /** The files in use, which cache eviction must keep. */
    public Set<Path> files() {
        Set<Path> out = new HashSet<>();
        phrases.values().forEach(p -> out.add(p.wav()));
        return out;
    }
}
