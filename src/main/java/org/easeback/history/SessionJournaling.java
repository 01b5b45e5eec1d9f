package org.easeback.history;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.profile.Receiver;
import org.easeback.routine.Routine;
import org.easeback.safety.ScreeningQuestion;
import org.easeback.safety.ScreeningResult;
import org.easeback.storage.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a journal of every session the app runs: opens it with the screening answers ({@link #open}, blocking: call
 * it in the background), then {@link #attach}es a {@link JournalingListener} that writes on one journal thread, never
 * the FX thread, and closes the journal when the session ends.
 */
public final class SessionJournaling implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionJournaling.class);

    private final DataDirectory data;
    private final Clock wallClock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "easeback-journal");
        t.setDaemon(true);
        return t;
    });

    public SessionJournaling(DataDirectory data, Clock wallClock) {
        this.data = data;
        this.wallClock = wallClock;
    }

    public DataDirectory data() {
        return data;
    }

    public Clock wallClock() {
        return wallClock;
    }

    /** Creates the journal of a new session and writes its start line (synced). Blocking. */
    public SessionJournal open(Routine routine, Receiver receiver, ScreeningResult screening) throws IOException {
        return SessionJournal.start(data, started(routine, receiver, screening, -1));
    }

    /** As {@link #open(Routine, Receiver, ScreeningResult)}, for a plan of {@code planSteps} steps (check-ins aside). */
    public SessionJournal open(Routine routine, Receiver receiver, ScreeningResult screening, int planSteps)
            throws IOException {
        return SessionJournal.start(data, started(routine, receiver, screening, planSteps));
    }

    /** The journal's first line: who, what, every screening question with its answer, and the plan's size. */
    public JournalEvent.Started started(Routine routine, Receiver receiver, ScreeningResult screening,
                                        int planSteps) {
        List<JournalEvent.ScreeningAnswer> answers = java.util.Arrays.stream(ScreeningQuestion.values())
                .map(q -> new JournalEvent.ScreeningAnswer(q.id(), screening.answers().isYes(q) ? "yes" : "no"))
                .toList();
        return new JournalEvent.Started(wallClock.instant(), UUID.randomUUID().toString(), routine.id(),
                routine.title(), receiver.name(), answers, receiver.soreSpots(), planSteps);
    }

    /**
     * Journals {@code session} from now on: add before the session starts. The journal is closed after the session's
     * last event has been written.
     *
     * @return the listener, whose {@link JournalingListener#failure()} says if writing stopped working
     */
    public JournalingListener attach(SessionJournal journal, Session session) {
        JournalingListener listener = new JournalingListener(journal, session, wallClock, writer);
        session.addListener(listener);
        session.addListener(new SessionListener() {
            @Override
            public void onEvent(SessionEvent event) {
                if (event instanceof SessionEvent.Finished || event instanceof SessionEvent.Stopped) {
                    session.removeListener(this);
                    writer.execute(() -> {
                        try {
                            journal.close();
                        } catch (IOException e) {
                            LOG.warn("Could not close the session journal {}: {}", journal.file(), e.getMessage());
                        }
                    });
                }
            }
        });
        return listener;
    }

    /** Waits briefly for pending journal lines, then stops the journal thread (the app is closing). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Some session journal lines were still waiting to be written when the app closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
