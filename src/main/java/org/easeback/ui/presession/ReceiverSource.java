package org.easeback.ui.presession;

import java.io.IOException;
import java.util.List;
import org.easeback.profile.Receiver;

/**
 * The receivers to choose from before a session. Blocking (reads profiles), so it is called in the background.
 * Until the receiver store exists the app wires {@link #guestOnly()}.
 */
@FunctionalInterface
public interface ReceiverSource {

    List<Receiver> receivers() throws IOException;

    /** Only the guest: no oils chosen, no sore spots. */
    static ReceiverSource guestOnly() {
        return () -> List.of(Receiver.guest());
    }
}
