package org.easeback.history;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionSnapshotJson;
import org.easeback.engine.StopReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a running session's events into its journal: entry starts, pauses, resumes, check-in answers,
 * extensions, pain stops, stops and the finish, plus an engine snapshot at each entry start, halfway, pause and
 * extension, so a crash loses at most the current entry's progress. The engine thread only maps the event and
 * takes the snapshot; the writing happens on {@code writer}, which must keep order (a single thread).
 */
public final class JournalingListener implements org.easeback.engine.SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingListener.class);

    private final SessionJournal journal;
    private final Session session;
    private final Clock wallClock;
    private final Executor writer;
    private volatile IOException failure;
    private volatile Consumer<String> onFailure = reason -> { };

    public JournalingListener(SessionJournal journal, Session session, Clock wallClock, Executor writer) {
        this.journal = journal;
        this.session = session;
        this.wallClock = wallClock;
        this.writer = writer;
    }

    /** The first write that failed, if any: the app should tell the giver the session is no longer being saved. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Calls {@code action} once, on the writer's thread, with why the session is no longer being saved when the
     * first write fails; at once if one already has.
     */
    public void onFailure(Consumer<String> action) {
        this.onFailure = action;
        IOException already = failure;
        if (already != null) {
            action.accept(reason(already));
        }
    }

    /** Why a journal that threw {@code e} is not saving the session, as the giver reads it. */
    public static String reason(IOException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        return "its journal could not be written (" + detail.replaceAll("\\p{Cntrl}", " ").strip()
                + "). Check that the data folder is writable and has space.";
    }

    @Override
    public void onEvent(SessionEvent event) {
        write(map(event));
    }

    /** Adds a safety rule's decision to the journal, in order with the session's events. */
    public void record(org.easeback.safety.SafetyDecision decision) {
        write(List.of(new JournalEvent.SafetyDecision(decision.time(), decision.rule(),
                decision.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": " + decision.message())));
    }

    private void write(List<JournalEvent> lines) {
        if (lines.isEmpty()) {
            return;
        }
        writer.execute(() -> {
            for (JournalEvent line : lines) {
                try {
                    journal.append(line);
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                        LOG.error("Could not write to the session journal {}", journal.file(), e);
                        onFailure.accept(reason(e));
                    }
                }
            }
        });
    }

    private List<JournalEvent> map(SessionEvent event) {
        var now = wallClock.instant();
        int index = event.entryIndex();
        List<JournalEvent> lines = new ArrayList<>(2);
        if (event instanceof SessionEvent.EntryStarted e) {
            lines.add(new JournalEvent.EntryStarted(now, index, e.entry().title(), e.entry().kind().jsonName()));
            lines.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Halfway) {
            lines.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Paused) {
            lines.add(new JournalEvent.Paused(now, index));
            lines.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Resumed) {
            lines.add(new JournalEvent.Resumed(now, index));
        } else if (event instanceof SessionEvent.CheckInAnswered e) {
            lines.add(new JournalEvent.CheckInAnswered(now, index, e.answer()));
        } else if (event instanceof SessionEvent.EntryExtended) {
            lines.add(new JournalEvent.Extended(now, index, Session.EXTEND_SECONDS));
            lines.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Stopped e) {
            if (e.reason() == StopReason.PAIN) {
                lines.add(new JournalEvent.PainStop(now, index, e.message()));
                lines.add(new JournalEvent.Stopped(now, index, "pain", e.message()));
            } else {
                lines.add(new JournalEvent.Stopped(now, index, "giver", e.message()));
            }
        } else if (event instanceof SessionEvent.Finished) {
            lines.add(new JournalEvent.Finished(now));
        }
        return lines;
    }

    /** Called on the engine thread, which holds the session: the snapshot is exactly this event's state. */
    private JournalEvent.Snapshot snapshot(java.time.Instant now, int index) {
        return new JournalEvent.Snapshot(now, index, SessionSnapshotJson.write(session.snapshot()));
    }
}
