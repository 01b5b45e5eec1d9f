package org.easeback.profile;

import java.util.List;
import java.util.Optional;
import org.easeback.routine.Diagnostic;

/** What reading a receiver file gave: the receiver, or the problems found, each as a PATH:LINE:COL diagnostic. */
public record ReceiverParse(Optional<Receiver> receiver, List<Diagnostic> diagnostics) {

    public ReceiverParse {
        receiver = receiver == null ? Optional.empty() : receiver;
        diagnostics = List.copyOf(diagnostics);
    }

    public static ReceiverParse of(Receiver receiver) {
        return new ReceiverParse(Optional.of(receiver), List.of());
    }

    public static ReceiverParse failed(List<Diagnostic> diagnostics) {
        return new ReceiverParse(Optional.empty(), diagnostics);
    }
}
