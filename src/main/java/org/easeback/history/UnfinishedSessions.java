package org.easeback.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easeback.storage.DataDirectory;

/**
 * Sessions whose journal has no end, because the app was closed or killed mid-session: each can be resumed from
 * its last engine snapshot, or closed as abandoned.
 */
public final class UnfinishedSessions {

    /** Why a session closed this way is abandoned, as the history shows it. */
    public static final String ABANDONED_REASON = "the app closed during the session and it was not resumed";

    private final DataDirectory data;
    private final Clock clock;

    public UnfinishedSessions(DataDirectory data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** An unfinished session: its record so far and the last snapshot the engine saved, if any. */
    public record Unfinished(Path journal, SessionRecord record, Optional<JournalEvent.Snapshot> lastSnapshot) {
    }

    /** The unfinished sessions of {@code history}, newest first. */
    public List<Unfinished> find(History history) throws IOException {
        List<Unfinished> found = new ArrayList<>();
        for (SessionRecord record : history.unfinished()) {
            found.add(read(data.sessions().resolve(record.journal())));
        }
        return found;
    }

    /** The unfinished session in {@code journal}. */
    public Unfinished read(Path journal) throws IOException {
        JournalContents contents = JournalReader.read(journal);
        JournalEvent.Snapshot last = null;
        for (JournalEvent e : contents.events()) {
            if (e instanceof JournalEvent.Snapshot s) {
                last = s;
            }
        }
        return new Unfinished(journal, SessionRecord.of(journal.getFileName().toString(), contents.events()),
                Optional.ofNullable(last));
    }

    /**
     * Opens the session's journal to continue it; restore the engine from {@link Unfinished#lastSnapshot()}.
     * The time the app was closed does not count as session time.
     */
    public SessionJournal resume(Unfinished session) throws IOException {
        SessionJournal journal = SessionJournal.reopen(session.journal());
        journal.append(new JournalEvent.Reopened(clock.instant()));
        return journal;
    }

    /** Closes the session as abandoned; it stays in the history as such. */
    public void abandon(Unfinished session) throws IOException {
        try (SessionJournal journal = SessionJournal.reopen(session.journal())) {
            journal.append(new JournalEvent.Abandoned(clock.instant(), ABANDONED_REASON));
        }
    }
}
