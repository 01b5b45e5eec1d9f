package org.easeback.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionEvent;
import org.easeback.engine.SessionListener;
import org.easeback.engine.SessionSnapshotJson;
import org.easeback.engine.StopReason;
import org.easeback.profile.Receiver;
import org.easeback.routine.Pressure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a running session's events into its journal (entry starts and ends, pauses, resumes, check-in answers,
 * extensions, pain stops, stops and the finish, plus an engine snapshot at each entry start, halfway, pause and
 * extension and every 15 s of running, so a crash loses at most 15 s of progress) and keeps the same lines in
 * memory, so
 * {@link #record()} is the session's record, everything before a crash included. The engine thread maps the event,
 * takes the snapshot and adds the lines to memory; the file is written on {@code writer}, which must keep order
 * (a single thread). Add it to the session before any listener that reads {@link #record()}.
 */
public final class JournalingListener implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingListener.class);
    /** How often a running entry is snapshotted, besides its start, halfway, pauses and extensions. */
    static final long SNAPSHOT_EVERY_MILLIS = 15_000;

    private final SessionJournal journal;
    private final String name;
    private final Session session;
    private final Clock wallClock;
    private final Executor writer;
    private final List<JournalEvent> lines;
    private volatile IOException failure;
    private volatile Consumer<String> onFailure = reason -> { };

    /** Journals {@code session} into {@code journal}, on top of what the journal already holds. */
    public JournalingListener(SessionJournal journal, Session session, Clock wallClock, Executor writer) {
        this(journal, journal.file().getFileName().toString(), journal.events(), session, wallClock, writer);
    }

    private JournalingListener(SessionJournal journal, String name, List<JournalEvent> before, Session session,
                               Clock wallClock, Executor writer) {
        this.journal = journal;
        this.name = name;
        this.session = session;
        this.wallClock = wallClock;
        this.writer = writer;
        this.lines = new ArrayList<>(before);
    }

    /**
     * A record kept in memory only, for a session whose journal could not be opened: the summary still tells the
     * truth, and {@link #failure()} says why nothing is saved.
     */
    public static JournalingListener unsaved(JournalEvent.Started start, Session session, Clock wallClock,
                                             IOException why) {
        JournalingListener l = new JournalingListener(null, "", List.of(start), session, wallClock, Runnable::run);
        l.failure = why;
        return l;
    }

    /** A record kept in memory only, for a session that is not journaled (tests, previews). */
    public static JournalingListener inMemory(JournalEvent.Started start, Session session, Clock wallClock) {
        return new JournalingListener(null, "", List.of(start), session, wallClock, Runnable::run);
    }

    /**
     * An in-memory record of {@code session} over {@code plan} for {@code receiver} (the guest when null), stamped
     * on the session's own clock and already listening to it: the summary of a session that is not journaled.
     */
    public static JournalingListener listeningInMemory(Plan plan, Receiver receiver, Session session) {
        Receiver who = receiver == null ? Receiver.guest() : receiver;
        int steps = (int) plan.entries().stream().filter(e -> !e.checkIn()).count();
        JournalEvent.Started start = new JournalEvent.Started(Instant.EPOCH, UUID.randomUUID().toString(),
                plan.routineId(), plan.title(), who.name(), List.of(), who.soreSpots(), steps);
        JournalingListener l = inMemory(start, session, session.clock().asWallClock(Instant.EPOCH));
        session.addListener(l);
        return l;
    }

    /** The first write that failed, if any: the app should tell the giver the session is no longer being saved. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The session's record from every journal line so far; safe from any thread. */
    public SessionRecord record() {
        List<JournalEvent> copy;
        synchronized (lines) {
            copy = List.copyOf(lines);
        }
        return SessionRecord.of(name, copy);
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
                decision.outcome().name().toLowerCase(Locale.ROOT) + ": " + decision.message())));
    }

    private void write(List<JournalEvent> mapped) {
        if (mapped.isEmpty()) {
            return;
        }
        synchronized (lines) {
            lines.addAll(mapped);
        }
        if (journal == null) {
            return;
        }
        writer.execute(() -> {
            for (JournalEvent line : mapped) {
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
        Instant now = wallClock.instant();
        int index = event.entryIndex();
        List<JournalEvent> out = new ArrayList<>(2);
        if (event instanceof SessionEvent.EntryStarted e) {
            out.add(new JournalEvent.EntryStarted(now, index, e.entry().title(), e.entry().kind().jsonName(),
                    e.entry().side().map(s -> s.jsonName()).orElse("")));
            out.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.EntryEnded e) {
            out.add(new JournalEvent.EntryEnded(now, index, e.how().jsonName(), e.ran().toMillis()));
        } else if (event instanceof SessionEvent.Halfway) {
            out.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Tick t && t.elapsedInEntry().toMillis() % SNAPSHOT_EVERY_MILLIS == 0) {
            // A crash loses at most this much of an entry's time, not up to half of it.
            out.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Paused) {
            out.add(new JournalEvent.Paused(now, index));
            out.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Resumed) {
            out.add(new JournalEvent.Resumed(now, index));
        } else if (event instanceof SessionEvent.CheckInAnswered e) {
            out.add(new JournalEvent.CheckInAnswered(now, index, e.answer(), e.number(), json(e.before()),
                    json(e.after())));
        } else if (event instanceof SessionEvent.EntryExtended) {
            out.add(new JournalEvent.Extended(now, index, Session.EXTEND_SECONDS));
            out.add(snapshot(now, index));
        } else if (event instanceof SessionEvent.Stopped e) {
            if (e.reason() == StopReason.PAIN) {
                out.add(new JournalEvent.PainStop(now, index, e.message()));
                out.add(new JournalEvent.Stopped(now, index, "pain", e.message()));
            } else {
                out.add(new JournalEvent.Stopped(now, index, "giver", e.message()));
            }
        } else if (event instanceof SessionEvent.Finished) {
            out.add(new JournalEvent.Finished(now));
        }
        return out;
    }

    private static String json(Optional<Pressure> p) {
        return p.map(Pressure::jsonName).orElse("");
    }

    /** Called on the engine thread, which holds the session: the snapshot is exactly this event's state. */
    private JournalEvent.Snapshot snapshot(Instant now, int index) {
        return new JournalEvent.Snapshot(now, index, SessionSnapshotJson.write(session.snapshot()));
    }
}
