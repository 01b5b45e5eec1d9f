package org.easeback.profile;

import java.io.IOException;
import org.easeback.storage.WriteLock;

/** Work on the receivers done under the write lock, which may be refused with a sentence for the user. */
@FunctionalInterface
interface Locked<T> {

    T run() throws IOException, ReceiverStoreException;

    /** Runs {@code action} holding {@code lock}, letting a refusal through the lock's IOException-only signature. */
    static <T> T holding(WriteLock lock, Locked<T> action) throws IOException, ReceiverStoreException {
        try {
            return lock.holding(() -> {
                try {
                    return action.run();
                } catch (ReceiverStoreException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw r.refusal;
        }
    }

    /** Carries a refusal out through the lock. */
    final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ReceiverStoreException refusal;

        Refused(ReceiverStoreException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
