package org.easeback.studio;

/**
 * Hands-on time between two check-ins of a plan: from entry {@code fromEntry} up to {@code toEntry}, the check-in
 * that ends it (or the last entry), with {@code handsOnSeconds} of techniques and sore-spot holds in between.
 */
public record HandsOnStretch(int fromEntry, int toEntry, int handsOnSeconds) {
}
