package org.easeback.history;

import java.nio.file.Path;
import java.util.List;

/**
 * The events read from one journal, and what was skipped: lines that were not valid events, and a last line cut
 * off by a crash part way through writing it.
 */
public record JournalContents(Path file, List<JournalEvent> events, List<String> problems, boolean tornTail) {

    public JournalContents {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }
}
