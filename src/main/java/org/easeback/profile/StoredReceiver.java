package org.easeback.profile;

import java.nio.file.Path;

/**
 * A receiver as stored: the file that holds them and the revision that was read, so that an update made from a
 * stale copy is refused instead of silently undoing someone else's change.
 */
public record StoredReceiver(Receiver receiver, Path file, String revision) {

    public String name() {
        return receiver.name();
    }
}
