package org.easeback.ui.history;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionSnapshot;
import org.easeback.engine.SessionSnapshotJson;
import org.easeback.history.EntryRecord;
import org.easeback.history.HistoryIndex;
import org.easeback.history.SessionTimes;
import org.easeback.history.JournalEvent;
import org.easeback.history.JournalReader;
import org.easeback.safety.Screening;
import org.easeback.safety.ScreeningAnswers;
import org.easeback.safety.ScreeningResult;
import org.easeback.history.SessionJournal;
import org.easeback.history.SessionRecord;
import org.easeback.history.UnfinishedSessions;
import org.easeback.history.UnfinishedSessions.Unfinished;
import org.easeback.profile.Receiver;
import org.easeback.profile.ReceiverStore;
import org.easeback.routine.Routine;
import org.easeback.ui.kit.BackgroundTasks;
import org.easeback.ui.kit.SessionPlanner;
import org.easeback.ui.kit.LibrarySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.easeback.history.SessionJournaling;

/**
 * At start: finds sessions that the app left unfinished (closed or killed mid-session) and, one by one, offers to
 * resume each from its last engine snapshot or to close it as abandoned. Every file is read in the background.
 */
public final class UnfinishedSessionOffer {

    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedSessionOffer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    /** What resuming needs from the player: show the restored session, journaled on, under its own screening. */
    @FunctionalInterface
    public interface Resumer {
        void resume(Session restored, Receiver receiver, ScreeningResult screening, SessionJournal journal);
    }

    /** Asks the user; a fake in tests. Returns true to resume, false to close as abandoned. */
    @FunctionalInterface
    public interface Question {
        boolean resume(String resumeText, String abandonText);
    }

    /** A restored session, ready to show. */
    record Restored(Session session, Receiver receiver, ScreeningResult screening, SessionJournal journal) {
    }

    private final BackgroundTasks tasks;
    private final SessionJournaling journaling;
    private final LibrarySource library;
    private final SessionPlanner planner;
    private final ReceiverStore receivers;
    private final Resumer resumer;
    private final ZoneId zone;
    private final SessionClock sessionClock;
    private final Deque<Unfinished> waiting = new ArrayDeque<>();
    private Question question;
    private java.util.function.Consumer<String> tell;

    public UnfinishedSessionOffer(BackgroundTasks tasks, SessionJournaling journaling, LibrarySource library,
                                  SessionPlanner planner, ReceiverStore receivers, Resumer resumer, ZoneId zone,
                                  SessionClock sessionClock) {
        this.tasks = tasks;
        this.journaling = journaling;
        this.library = library;
        this.planner = planner;
        this.receivers = receivers;
        this.resumer = resumer;
        this.zone = zone;
        this.sessionClock = sessionClock;
    }

    /** Looks for unfinished sessions in the background, then asks about each with dialogs over {@code owner}. */
    public void offer(Window owner) {
        offer(dialogQuestion(owner), message -> inform(owner, message));
    }

    /** As {@link #offer(Window)}, with the question and the messages answered by the caller (tests). */
    public void offer(Question ask, java.util.function.Consumer<String> inform) {
        this.question = ask;
        this.tell = inform;
        UnfinishedSessions unfinished = new UnfinishedSessions(journaling.data(), journaling.wallClock());
        tasks.run(() -> unfinished.find(new HistoryIndex(journaling.data()).load()), found -> {
            waiting.addAll(found);
            next();
        }, e -> LOG.warn("Could not look for unfinished sessions: {}", e.getMessage()));
    }

    /**
     * "Resume Full lower-back massage for Sam, from Tue 3 Mar 2026 at 14:05: step 12 of 40, “Thumb glide” (left),
     * 30 s into it, 6 min 10 s into the session": what the offer will resume, and where.
     */
    public String resumeText(Unfinished u) {
        SessionRecord r = u.record();
        StringBuilder b = new StringBuilder("Resume ").append(r.routineTitle()).append(" for ")
                .append(r.receiverName()).append(", from ").append(DATE.format(r.startedAt().atZone(zone)));
        Optional<SessionSnapshot> snapshot = u.lastSnapshot().flatMap(UnfinishedSessionOffer::snapshot);
        Optional<EntryRecord> step = r.entries().stream().filter(e -> e.index() == r.entryIndex()).findFirst();
        if (step.isPresent()) {
            EntryRecord e = step.get();
            b.append(": step ").append(e.index() + 1);
            snapshot.ifPresent(s -> b.append(" of ").append(s.entryCount()));
            b.append(", “").append(e.title()).append("”");
            if (!e.side().isEmpty()) {
                b.append(" (").append(e.side()).append(")");
            }
            snapshot.filter(s -> !s.elapsedInEntry().isZero())
                    .ifPresent(s -> b.append(", ").append(SessionTimes.words(s.elapsedInEntry())).append(" into it"));
        }
        b.append(", ").append(SessionTimes.words(r.duration())).append(" into the session");
        return b.toString();
    }

    private static Optional<SessionSnapshot> snapshot(JournalEvent.Snapshot s) {
        try {
            return Optional.of(SessionSnapshotJson.read(s.state()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void next() {
        Unfinished u = waiting.poll();
        if (u == null) {
            return;
        }
        if (question.resume(resumeText(u), "Close it as abandoned")) {
            tasks.run(() -> restore(u), restored -> resumer.resume(restored.session(), restored.receiver(),
                    restored.screening(), restored.journal()), e -> {
                        tell.accept("The session from " + DATE.format(u.record().startedAt().atZone(zone))
                                + " cannot be resumed: " + e.getMessage() + " It stays in the history as abandoned.");
                        abandon(u, false);
                    });
            // Once one session is resumed the others wait until the next start.
            waiting.clear();
        } else {
            abandon(u, true);
        }
    }

    private void abandon(Unfinished u, boolean thenNext) {
        UnfinishedSessions sessions = new UnfinishedSessions(journaling.data(), journaling.wallClock());
        tasks.run(() -> {
            sessions.abandon(u);
            return u;
        }, done -> {
            if (thenNext) {
                next();
            }
        }, e -> LOG.warn("Could not close {} as abandoned: {}", u.journal(), e.getMessage()));
    }

    /** Blocking: finds the routine and receiver, compiles the plan, restores the engine and reopens the journal. */
    Restored restore(Unfinished u) throws IOException {
        SessionRecord r = u.record();
        Routine routine = library.load().routines().stream().filter(x -> x.id().equals(r.routineId())).findFirst()
                .orElseThrow(() -> new IOException("the routine '" + r.routineTitle() + "' is no longer in the "
                        + "library."));
        Receiver receiver = "Guest".equals(r.receiverName()) ? Receiver.guest()
                : receivers.find(r.receiverName()).map(s -> s.receiver()).orElse(Receiver.guest());
        // The same screening as at the start, so the plan (and its pressure cap) is the one the snapshot belongs to.
        List<String> yes = JournalReader.read(u.journal()).events().stream()
                .filter(e -> e instanceof JournalEvent.Started).map(e -> (JournalEvent.Started) e).findFirst()
                .map(start -> start.screening().stream().filter(a -> "yes".equals(a.answer()))
                        .map(JournalEvent.ScreeningAnswer::question).toList())
                .orElse(List.of());
        ScreeningResult screening = Screening.assess(ScreeningAnswers.fromYesIds(yes));
        Plan plan = planner.plan(routine, receiver, screening).compiledPlan().orElseThrow(
                () -> new IOException("the routine '" + r.routineTitle() + "' no longer compiles."));
        if (u.lastSnapshot().isEmpty()) {
            throw new IOException("it stopped before its first step was saved.");
        }
        SessionSnapshot snapshot = SessionSnapshotJson.read(u.lastSnapshot().get().state());
        Session session;
        try {
            session = Session.restore(plan, snapshot, sessionClock);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        SessionJournal journal = new UnfinishedSessions(journaling.data(), journaling.wallClock()).resume(u);
        return new Restored(session, receiver, screening, journal);
    }

    private static Question dialogQuestion(Window owner) {
        return (resumeText, abandonText) -> {
            // The long offer goes in the header; button labels stay short so they are never cut off.
            ButtonType resume = new ButtonType("_Resume", ButtonBar.ButtonData.OK_DONE);
            ButtonType abandon = new ButtonType("_" + abandonText, ButtonBar.ButtonData.OTHER);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "A session was not finished: Easeback closed "
                    + "while it ran. You can go on where it stopped, or close it; it stays in the history either way.",
                    resume, abandon);
            alert.initOwner(owner);
            alert.setTitle("Unfinished session");
            alert.setHeaderText(resumeText + "?");
            alert.getDialogPane().setPrefWidth(620);
            Optional<ButtonType> answer = alert.showAndWait();
            return answer.filter(resume::equals).isPresent();
        };
    }

    private static void inform(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle("Unfinished session");
        alert.showAndWait();
    }

    /** The sessions still waiting to be asked about (tests). */
    List<Unfinished> waiting() {
        return List.copyOf(waiting);
    }
}
