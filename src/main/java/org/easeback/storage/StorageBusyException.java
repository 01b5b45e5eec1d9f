package org.easeback.storage;

import java.io.IOException;

/** Another window or command held the data folder's write lock for too long; the write was not made. */
public final class StorageBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    public StorageBusyException(String message) {
        super(message);
    }
}
