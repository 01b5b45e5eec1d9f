package org.easeback.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SessionCues;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionRunner;
import org.easeback.history.JournalingListener;
import org.easeback.engine.SessionListener;
import org.easeback.profile.Receiver;
import org.easeback.speech.SessionNarrator;
import org.easeback.ui.kit.AppScreen;
import org.easeback.ui.kit.SoundNotice;

/**
 * One session in the player: the engine, its runner, the FX adapter, the sound cues and the view, wired together.
 * {@link #onShow()} starts the session; {@link #onHide()} ends whatever is still running and detaches everything.
 * Built with {@link #create} or {@link #recorded}. {@link #over} takes the {@link Pacing}
 * that moves the session's time, which is where tests put a clock of their own.
 */
public final class PlayerScreen implements AppScreen {

    /** What moves a session's time while the player shows it: started on show, stopped on hide. */
    @FunctionalInterface
    public interface Pacing {

        /** Real time: a {@link SessionRunner} thread that advances the session on its clock. */
        Pacing REAL_TIME = session -> {
            SessionRunner runner = new SessionRunner(session);
            runner.start();
            return runner::close;
        };

        /** Starts moving {@code session}'s time and returns what stops it. */
        Runnable start(Session session);
    }

    private final Session session;
    private final Pacing pacing;
    private final PlayerViewModel viewModel;
    private final PlayerView view;
    private final FxSessionAdapter adapter;
    private final SessionCues cues;
    private SessionListener tones;
    private final SoundNotice soundNotice;
    private final List<SessionListener> extraListeners = new ArrayList<>();
    private Runnable stopPacing;
    private Consumer<SessionSummary> onClose = s -> { };
    private boolean shown;
    private boolean left;

    private PlayerScreen(Session session, JournalingListener record, Receiver receiver, List<String> cautions,
                         Pacing pacing, CuePlayer cuePlayer, Supplier<CueSettings> cueSettings) {
        Plan plan = session.plan();
        this.session = session;
        this.pacing = Objects.requireNonNull(pacing);
        this.viewModel = record == null ? new PlayerViewModel(plan, receiver, session, cautions)
                : new PlayerViewModel(plan, receiver, session, cautions, record);
        this.view = new PlayerView(viewModel, this::close);
        this.adapter = new FxSessionAdapter(viewModel);
        this.cues = new SessionCues(cuePlayer, cueSettings);
        this.soundNotice = new SoundNotice(cuePlayer.status());
        viewModel.soundNotice(soundNotice.textProperty());
        session.addListener(adapter);
        session.addListener(cues);
        this.tones = cues;
    }

    /** A player running in real time on {@code clock} (normally {@link SessionClock#system()}). */
    public static PlayerScreen create(Plan plan, Receiver receiver, List<String> cautions, SessionClock clock,
                                      CuePlayer cues, Supplier<CueSettings> cueSettings) {
        Objects.requireNonNull(clock);
        return over(new Session(plan, clock), receiver, cautions, Pacing.REAL_TIME, cues, cueSettings);
    }

    /** A player over {@code session} whose time {@code pacing} moves, its record kept in memory only. */
    public static PlayerScreen over(Session session, Receiver receiver, List<String> cautions, Pacing pacing,
                                    CuePlayer cues, Supplier<CueSettings> cueSettings) {
        return new PlayerScreen(session, null, receiver, cautions, pacing, cues, cueSettings);
    }

    /**
     * A player over {@code session} whose summary reads {@code record}, which must already listen to the session
     * (so every event is recorded before the player sees it). A session restored from a snapshot opens paused,
     * showing its step, until the giver presses Space.
     */
    public static PlayerScreen recorded(Session session, JournalingListener record, Receiver receiver,
                                        List<String> cautions, Pacing pacing, CuePlayer cues,
                                        Supplier<CueSettings> cueSettings) {
        return new PlayerScreen(session, Objects.requireNonNull(record), receiver, cautions, pacing, cues,
                cueSettings);
    }

    /**
     * Speaks the session: {@code narrator} hears each event before the tones, so a tone whose event the voice
     * speaks gives way. Call before the player is shown.
     */
    public PlayerScreen voiced(SessionNarrator narrator) {
        session.removeListener(tones);
        tones = narrator.before(cues);
        session.addListener(tones);
        return this;
    }

    /**
     * Makes this player a preview: {@code banner} shows above everything, Esc leaves at once without asking, and
     * leaving (by Esc, or from the summary) hides the player and gives {@code back} the index of the entry it was
     * showing. Replaces any {@link #onClose} action. Call before the player is shown.
     */
    public PlayerScreen previewing(String banner, IntConsumer back) {
        Objects.requireNonNull(back);
        Runnable leave = () -> {
            if (!left) {
                left = true;
                int showing = viewModel.entry().entryIndexProperty().get();
                onHide();
                back.accept(showing);
            }
        };
        view.banner(banner);
        viewModel.leaveAtOnce(leave);
        onClose = summary -> leave.run();
        return this;
    }

    /** Called with the outcome when the giver leaves the summary. */
    public PlayerScreen onClose(Consumer<SessionSummary> action) {
        this.onClose = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Adds a listener to the engine before the session starts, on the engine's thread (for example the safety
     * module's {@code SessionSafetyRecorder}); it is removed when the player is hidden.
     */
    public PlayerScreen listen(SessionListener listener) {
        extraListeners.add(Objects.requireNonNull(listener));
        session.addListener(listener);
        return this;
    }

    @Override
    public StackPane root() {
        return view.root();
    }

    /** The node to focus when shown; keys are caught on the scene, so any node inside works. */
    @Override
    public Node initialFocus() {
        return view.root();
    }

    /** Starts the session (and, in real time, its runner thread). Idempotent. */
    @Override
    public void onShow() {
        if (shown) {
            return;
        }
        shown = true;
        if (session.state() == org.easeback.engine.SessionState.PAUSED) {
            viewModel.awaitHands(); // a restored session: it shows its step, paused, until Space
            session.advance();
        } else {
            viewModel.start();
        }
        stopPacing = pacing.start(session);
    }

    /** Leaves the player: a session still going is stopped by the giver, the runner ends, listeners go. */
    @Override
    public void onHide() {
        if (!session.state().isFinal()) {
            session.stop();
        }
        if (stopPacing != null) {
            stopPacing.run();
            stopPacing = null;
        }
        session.removeListener(tones);
        session.removeListener(adapter);
        extraListeners.forEach(session::removeListener);
        soundNotice.close();
        view.detach();
    }

    /** Tells the giver, from any thread, that this session is not being saved and why. */
    public void warnNotSaved(String reason) {
        adapter.deliver(() -> viewModel.notSaved(reason));
    }

    public PlayerViewModel viewModel() {
        return viewModel;
    }

    public Session session() {
        return session;
    }

    /** The adapter that moves events onto the FX thread; exposed for measurements. */
    public FxSessionAdapter adapter() {
        return adapter;
    }

    private void close() {
        SessionSummary summary = viewModel.summaryProperty().get();
        onHide();
        if (summary != null) {
            onClose.accept(summary);
        }
    }
}
