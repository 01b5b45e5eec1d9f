package org.easeback.profile;

import java.util.List;

/** Every receiver that could be read, sorted by name, and a sentence for each file that could not. */
public record ReceiverListing(List<StoredReceiver> receivers, List<String> problems) {

    public ReceiverListing {
        receivers = List.copyOf(receivers);
        problems = List.copyOf(problems);
    }
}
