package org.easeback.ui.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.cues.SessionCues;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.engine.SessionRunner;
import org.easeback.engine.SessionListener;
import org.easeback.profile.Receiver;
import org.easeback.ui.Screen;

/**
 * One session in the player: the engine, its runner, the FX adapter, the sound cues and the view, wired together.
 * {@link #onShow()} starts the session; {@link #onHide()} ends whatever is still running and detaches everything.
 * Built with {@link #create} (real time) or {@link #manual} (a fake clock that the caller advances).
 */
public final class PlayerScreen implements Screen {

    private final Session session;
    private final FakeClock manualClock;
    private final PlayerViewModel viewModel;
    private final PlayerView view;
    private final FxSessionAdapter adapter;
    private final SessionCues cues;
    private final List<SessionListener> extraListeners = new ArrayList<>();
    private SessionRunner runner;
    private Consumer<SessionSummary> onClose = s -> { };
    private boolean shown;

    private PlayerScreen(Plan plan, Receiver receiver, List<String> cautions, SessionClock clock,
                         FakeClock manualClock, CuePlayer cuePlayer, Supplier<CueSettings> cueSettings) {
        this(new Session(plan, clock), receiver, cautions, manualClock, cuePlayer, cueSettings);
    }

    private PlayerScreen(Session session, Receiver receiver, List<String> cautions, FakeClock manualClock,
                         CuePlayer cuePlayer, Supplier<CueSettings> cueSettings) {
        Plan plan = session.plan();
        this.session = session;
        this.manualClock = manualClock;
        this.viewModel = new PlayerViewModel(plan, receiver, session, cautions);
        this.view = new PlayerView(viewModel, this::close);
        this.adapter = new FxSessionAdapter(viewModel);
        this.cues = new SessionCues(cuePlayer, cueSettings);
        session.addListener(adapter);
        session.addListener(cues);
    }

    /** A player running in real time on {@code clock} (normally {@link SessionClock#system()}). */
    public static PlayerScreen create(Plan plan, Receiver receiver, List<String> cautions, SessionClock clock,
                                      CuePlayer cues, Supplier<CueSettings> cueSettings) {
        Objects.requireNonNull(clock);
        return new PlayerScreen(plan, receiver, cautions, clock, null, cues, cueSettings);
    }

    /**
     * A player for a session restored from its journal's last snapshot ({@link Session#restore}, paused): showing
     * it resumes the session where it was. (Wiring for resume after a crash, added by the uiprofile branch.)
     */
    public static PlayerScreen resumed(Session restored, Receiver receiver, List<String> cautions, CuePlayer cues,
                                       Supplier<CueSettings> cueSettings) {
        return new PlayerScreen(restored, receiver, cautions, null, cues, cueSettings);
    }

    /** A player whose time only moves through {@link #advance(Duration)}: for tests and screenshots. */
    public static PlayerScreen manual(Plan plan, Receiver receiver, List<String> cautions, FakeClock clock,
                                      CuePlayer cues) {
        return new PlayerScreen(plan, receiver, cautions, clock, clock, cues, () -> CueSettings.DEFAULT);
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
            session.resume(); // a restored session: its first resume announces the entry again
        } else {
            viewModel.start();
        }
        if (manualClock == null) {
            runner = new SessionRunner(session);
            runner.start();
        }
    }

    /** Leaves the player: a session still going is stopped by the giver, the runner ends, listeners go. */
    @Override
    public void onHide() {
        if (!session.state().isFinal()) {
            session.stop();
        }
        if (runner != null) {
            runner.close();
            runner = null;
        }
        session.removeListener(cues);
        session.removeListener(adapter);
        extraListeners.forEach(session::removeListener);
        view.detach();
    }

    /** Moves a {@link #manual} player's clock forward and lets the session catch up. */
    public void advance(Duration by) {
        if (manualClock == null) {
            throw new IllegalStateException("Only a manual player can be advanced by hand");
        }
        manualClock.advance(by);
        session.advanceTo(manualClock.nanoTime());
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
