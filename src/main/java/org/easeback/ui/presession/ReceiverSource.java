package org.easeback.ui.presession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.Receiver;

/** The receivers to choose from before a session. Blocking (reads profiles), so it is called in the background. */
@FunctionalInterface
public interface ReceiverSource {

    List<Receiver> receivers() throws IOException;

    /** Only the guest: no oils chosen, no sore spots. */
    static ReceiverSource guestOnly() {
        return () -> List.of(Receiver.guest());
    }

    /** The guest first, then every stored receiver by name (damaged files are handled and logged by the store). */
    static ReceiverSource fromStore(ReceiverStore store) {
        return () -> {
            List<Receiver> all = new ArrayList<>();
            all.add(Receiver.guest());
            store.list().receivers().forEach(r -> all.add(r.receiver()));
            return all;
        };
    }
}
