package org.easeback.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.easeback.cues.CuePlayer;
import org.easeback.cues.CueSettings;
import org.easeback.engine.Session;
import org.easeback.engine.SessionClock;
import org.easeback.history.JournalingListener;
import org.easeback.history.SessionJournal;
import org.easeback.profile.Receiver;
import org.easeback.ui.history.SessionJournaling;
import org.easeback.ui.player.PlayerScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts sessions in the player with a journal: the journal is opened in the background (its start line holds the
 * screening answers), a {@link JournalingListener} is attached before the session starts, then the player shows.
 * Also shows a session restored after a crash. If the journal cannot be opened the session still runs, unrecorded,
 * and the log says why.
 */
public final class PlayerLauncher implements SessionLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerLauncher.class);

    private final AppNavigator navigator;
    private final BackgroundTasks tasks;
    private final SessionJournaling journaling;
    private final CuePlayer cues;
    private final Supplier<CueSettings> cueSettings;

    public PlayerLauncher(AppNavigator navigator, BackgroundTasks tasks, SessionJournaling journaling, CuePlayer cues,
                          Supplier<CueSettings> cueSettings) {
        this.navigator = navigator;
        this.tasks = tasks;
        this.journaling = journaling;
        this.cues = cues;
        this.cueSettings = cueSettings;
    }

    @Override
    public void start(SessionRequest request) {
        tasks.run(() -> journaling.open(request.routine(), request.receiver(), request.screening()),
                journal -> show(PlayerScreen.create(request.plan(), request.receiver(), request.cautions(),
                        SessionClock.system(), cues, cueSettings), journal),
                e -> {
                    LOG.error("Could not open a journal for this session; it runs without one", e);
                    show(PlayerScreen.create(request.plan(), request.receiver(), request.cautions(),
                            SessionClock.system(), cues, cueSettings), null);
                });
    }

    /** Shows a session restored with {@link Session#restore}, journaled on in {@code journal}. FX thread. */
    public void resume(Session restored, Receiver receiver, SessionJournal journal) {
        show(PlayerScreen.resumed(restored, receiver, List.of(), cues, cueSettings), journal);
    }

    private void show(PlayerScreen player, SessionJournal journal) {
        if (journal != null) {
            journaling.attach(journal, player.session());
        }
        player.onClose(summary -> navigator.showLibrary());
        navigator.show(new Screen() {
            @Override
            public Node root() {
                return player.root();
            }

            @Override
            public Node initialFocus() {
                return player.initialFocus();
            }

            @Override
            public void onShow() {
                player.onShow();
            }

            @Override
            public void onHide() {
                player.onHide();
            }
        });
    }
}
