package org.easeback.speech;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A phrase rendered and checked, ready to play at no cost.
 *
 * @param text   what it says
 * @param wav    the WAV file in the cache
 * @param length how long it plays
 */
public record CachedPhrase(String text, Path wav, Duration length) {
}
