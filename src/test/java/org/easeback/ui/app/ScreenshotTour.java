package org.easeback.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.easeback.profile.ReceiverStore;
import org.easeback.profile.StoredReceiver;
import org.easeback.routine.MapPoint;
import org.easeback.storage.DataDirectory;
import org.easeback.ui.history.SampleHistory;
import org.easeback.ui.receivers.ReceiverEditorModel;
import org.easeback.ui.receivers.ReceiverEditorView;
import org.easeback.ui.receivers.ReceiversView;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.scene.control.TextField;
import org.easeback.cues.CuePlayer;
import org.easeback.engine.EntryKind;
import org.easeback.engine.FakeClock;
import org.easeback.engine.Plan;
import org.easeback.engine.PlanCompiler;
import org.easeback.engine.PlanSettings;
import org.easeback.engine.Session;
import org.easeback.engine.SessionState;
import org.easeback.profile.Receiver;
import org.easeback.profile.SoreSpot;
import org.easeback.routine.Pressure;
import org.easeback.routine.Routine;
import org.easeback.routine.TechniqueCatalogLoader;
import org.easeback.safety.CheckInAnswer;
import org.easeback.ui.player.ManualPlayer;
import org.easeback.ui.player.PlayerScreen;
import org.easeback.ui.kit.LibraryContents;
import org.easeback.ui.library.RoutineLibrarySource;
import org.easeback.ui.presession.PreSessionViewModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.easeback.ui.kit.FileDialogs;
import org.easeback.ui.kit.SameThreadBackgroundTasks;
import org.easeback.ui.kit.WindowSnapshot;

/**
 * Writes a PNG of every screen at 1280×800 into {@code docs/screenshots/}: {@code mvn -Pscreenshots test}.
 * Not a test (surefire skips it otherwise). Each screen is one {@link #shot} line: a file name and how to get
 * there, run on the FX thread after the library is shown. The library is the real one: the bundled routines, plus a
 * user folder holding one broken routine so that its diagnostics show.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private UiTestApp app;

    private Routine partner;

    @Start
    void start(Stage stage) throws Exception {
        Path userFolder = Files.createDirectories(Path.of("target", "easeback-data", "routines")); // short, stable path
        Files.writeString(userFolder.resolve("my-evening-routine.json"), BROKEN_ROUTINE);
        Files.writeString(userFolder.resolve("ana-short-rub.json"), AUTHORED_ROUTINE);
        LibraryContents contents = new RoutineLibrarySource(userFolder).load();
        partner = contents.routines().stream().filter(r -> r.id().equals("partner-full")).findFirst().orElseThrow();
        app = UiTestApp.show(stage, () -> contents);
        Path data = Path.of("target", "easeback-data", "profile-" + System.nanoTime());
        DataDirectory profile = new DataDirectory(data);
        ReceiverStore store = ReceiverStore.of(profile);
        store.create(new Receiver("Sam", "sweet almond", List.of("lavender", "chamomile"), List.of("nut allergy"),
                Pressure.GENTLE, List.of(new SoreSpot(0.36, 0.62, "aches after sitting"),
                new SoreSpot(0.66, 0.4, ""), new SoreSpot(0.3, 0.3, ""))));
        store.create(new Receiver("Alex", "jojoba", List.of(), List.of(), Pressure.MODERATE, List.of()));
        SampleHistory.write(profile, 24);
        app.shell.withProfiles(profile, FileDialogs.fx());
        // The studio as the app wires it, with its Preview control: the preview plays in the real player.
        app.shell.withPreview(new org.easeback.ui.player.PreviewPlayerLauncher(app.shell.navigator(),
                org.easeback.cues.CuePlayer.silent(), () -> org.easeback.cues.CueSettings.DEFAULT,
                org.easeback.engine.SessionClock.system()));
        studioRoutine = Files.writeString(Files.createDirectories(profile.routines()).resolve("evening-back-rub.json"),
                STUDIO_ROUTINE);
    }

    private Path studioRoutine;

    /** A trainer's routine as the studio writes it: a repeat, each side in turn, a sore-spot hold. */
    private static final String STUDIO_ROUTINE = """
            {
              "$schema": "https://easeback.org/schema/routine.schema.json",
              "format": "easeback-routine/1",
              "id": "evening-back-rub",
              "title": "Evening back rub",
              "author": "Jo Smith",
              "language": "en",
              "audience": "partner",
              "level": "home",
              "steps": [
                { "kind": "setup", "title": "Lie face down", "instructions": "Lie on your stomach with a pillow under the chest." },
                { "kind": "technique", "technique": "oil-spread", "seconds": 60, "side": "both" },
                { "kind": "repeat", "times": 2, "steps": [
                  { "kind": "technique", "technique": "thumb-glide", "seconds": 45, "side": "each" },
                  { "kind": "check-in" }
                ] },
                { "kind": "sore-spots", "technique": "trigger-point-hold", "secondsEach": 20 },
                { "kind": "technique", "technique": "closing-rock", "seconds": 60, "side": "both" }
              ]
            }
            """;

    /** The studio on the trainer's routine, with the step at {@code row} of the tree selected. */
    private void studio(UiTestApp a, String replace, String by, int row) {
        try {
            Files.writeString(studioRoutine, STUDIO_ROUTINE.replace(replace, by));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        a.shell.studio().edit(studioRoutine, false);
        a.stage.getScene().getRoot().applyCss();
        a.stage.getScene().getRoot().layout();
        ((javafx.scene.control.TreeView<?>) a.stage.getScene().lookup(".step-tree")).getSelectionModel().select(row);
    }

    /** A trainer's file with two typos, the kind the library must list without hiding the others. */
    private static final String BROKEN_ROUTINE = """
            {
              "format": "easeback-routine/1",
              "id": "my-evening-routine",
              "title": "My evening routine",
              "audience": "partner",
              "steps": [
                { "kind": "technique", "technique": "thumb-glid", "seconds": 60 },
                { "kind": "info", "title": "Rest", "instructions": "Rest a moment.", "secnds": 30 }
              ]
            }
            """;

    /** A trainer's own routine that loads, so the library marks it as theirs with their name. */
    private static final String AUTHORED_ROUTINE = """
            {
              "format": "easeback-routine/1",
              "id": "ana-short-rub",
              "title": "Ana's shoulders-to-hips rub",
              "summary": "Palm circles and thumb glides, gently, for after work.",
              "author": "Ana Ruiz",
              "audience": "partner",
              "steps": [
                { "kind": "technique", "technique": "stacked-palm-circles", "seconds": 120 },
                { "kind": "check-in" },
                { "kind": "technique", "technique": "thumb-glide", "seconds": 120 }
              ]
            }
            """;

    @TestFactory
    Stream<DynamicTest> everyScreen(FxRobot robot) {
        return Stream.of(
                shot(robot, "library.png", a -> { }),
                shot(robot, "library-broken.png", a -> search(a, "evening")),
                smallShot(robot, "library-1024x700.png", a -> { }),
                shot(robot, "library-import-clash.png", ScreenshotTour::importClash),
                shot(robot, "receiver.png", a -> a.preSession(partner)),
                shot(robot, "screening.png", a -> yes(a.preSession(partner), "pregnancy")),
                shot(robot, "screening-stop.png", a -> yes(a.preSession(partner), "nerve-signs")),
                shot(robot, "checklist.png", a -> advance(a.preSession(partner), 2)),
                shot(robot, "ready.png", a -> advance(tickAll(a.preSession(partner)), 3)),
                shot(robot, "settings.png", a -> a.navigator().showSettings()),
                shot(robot, "settings-voice.png", ScreenshotTour::voiceSettings),
                shot(robot, "player.png", a -> runUntil(player(a), s -> s.currentEntry().orElseThrow().kind()
                        == EntryKind.TECHNIQUE, 7)),
                shot(robot, "checkin.png", a -> runUntil(player(a), s -> s.state() == SessionState.CHECKING_IN, 0)),
                shot(robot, "spot.png", a -> runUntil(player(a), s -> s.currentEntry().orElseThrow().kind()
                        == EntryKind.SORE_SPOT, 2)),
                shot(robot, "stop.png", a -> runUntil(player(a), s -> s.currentEntry().orElseThrow().kind()
                        == EntryKind.TECHNIQUE, 5).session().painStop()),
                shot(robot, "summary.png", a -> runUntil(player(a), s -> s.state().isFinal(), 0)),
                shot(robot, "player-paused.png", a -> runUntil(player(a), s -> s.currentEntry().orElseThrow().kind()
                        == EntryKind.TECHNIQUE, 4).session().pause()),
                shot(robot, "summary-skips.png", a -> skipToTheEnd(player(a))),
                shot(robot, "sound-off.png", this::readyWithoutSound),
                smallShot(robot, "player-long-1024x700.png", a -> runUntil(player(a),
                        s -> s.currentEntry().orElseThrow().title().equals("Choose and warm the oil"), 0)),
                pictureShot(robot, "player-picture.png", UiTestApp.WIDTH, UiTestApp.HEIGHT),
                pictureShot(robot, "player-picture-1024x700.png", 1024, 700),
                shot(robot, "receivers.png", a -> a.navigator().show(a.shell.receiversScreen())),
                shot(robot, "receiver-editor.png", ScreenshotTour::editorWithSpotsAndARefusal),
                smallShot(robot, "receiver-editor-oil-refusal-1024x700.png", ScreenshotTour::editorForSam),
                shot(robot, "history.png", a -> a.navigator().show(a.shell.historyScreen())),
                smallShot(robot, "history-1024x700.png", a -> a.navigator().show(a.shell.historyScreen())),
                shot(robot, "studio.png", a -> studio(a, "", "", 4)),
                smallShot(robot, "studio-refusal-1024x700.png", a -> studio(a, "\"thumb-glide\"",
                        "\"deep-tissue\"", 4)));
    }

    /** Importing a shared copy of Ana's routine where it already is: the pane asks, Keep both the default. */
    private static void importClash(UiTestApp a) {
        try {
            DataDirectory data = new DataDirectory(Path.of("target", "easeback-data"));
            byte[] share = org.easeback.studio.share.ShareExport.export(org.easeback.routine.RoutineLibrary.load(data,
                    org.easeback.safety.SafetyRoutineRules.all(), org.easeback.studio.CatalogSafety.rules()),
                    "ana-short-rub", org.easeback.studio.CatalogSafety.bundledOrEmpty());
            Path file = Files.write(data.root().resolve("ana-short-rub.easeback.json"), share);
            RoutineLibrarySource source = new RoutineLibrarySource(data);
            org.easeback.ui.library.LibraryViewModel model = new org.easeback.ui.library.LibraryViewModel(
                    a.services.tasks(), source, source, r -> { }, org.easeback.ui.kit.StudioLauncher.none(),
                    org.easeback.ui.library.RoutineImporter.into(data));
            a.navigator().show(new org.easeback.ui.library.LibraryView(model, () -> { }));
            model.imports().start(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sam, with one sore spot, so the plan has a sore-spot hold. */
    private static final Receiver SAM = new Receiver("Sam", "sweet almond oil", List.of(), List.of(),
            Pressure.GENTLE, List.of(new SoreSpot(0.36, 0.55, "tight after gardening")));

    private static final FakeClock TOUR_CLOCK = new FakeClock();

    /** The player on the partner routine for Sam, on a clock that only the tour moves. */
    private PlayerScreen player(UiTestApp a) {
        Plan plan = new PlanCompiler(TechniqueCatalogLoader.bundled()::find)
                .compile(partner, Optional.of(SAM), PlanSettings.HOME).orElseThrow();
        PlayerScreen screen = ManualPlayer.create(plan, SAM, List.of(), TOUR_CLOCK, CuePlayer.silent());
        a.navigator().show(screen);
        return screen;
    }

    /** Moves the session on as a giver would (Done, Same, time) until {@code reached}, then {@code seconds} more. */
    private static PlayerScreen runUntil(PlayerScreen screen, Predicate<Session> reached, int seconds) {
        Session s = screen.session();
        for (int guard = 0; guard < 1000 && !reached.test(s); guard++) {
            switch (s.state()) {
                case AWAITING_DONE -> s.done();
                case CHECKING_IN -> s.answer(CheckInAnswer.SAME);
                default -> ManualPlayer.advance(screen, TOUR_CLOCK, java.time.Duration.ofMillis(
                        Math.max(100, Math.min(5_000, s.remainingInEntry().toMillis()))));
            }
        }
        for (int i = 0; i < seconds * 10; i++) {
            ManualPlayer.advance(screen, TOUR_CLOCK, java.time.Duration.ofMillis(100));
        }
        return screen;
    }

    /** Next on every step and Same at every check-in, to the summary: what was skipped, and for how long it ran. */
    private static void skipToTheEnd(PlayerScreen screen) {
        Session s = screen.session();
        for (int guard = 0; guard < 200 && !s.state().isFinal(); guard++) {
            ManualPlayer.advance(screen, TOUR_CLOCK, java.time.Duration.ofSeconds(2));
            if (s.state() == SessionState.CHECKING_IN) {
                s.answer(CheckInAnswer.SAME);
            } else {
                s.next();
            }
        }
        ManualPlayer.advance(screen, TOUR_CLOCK, java.time.Duration.ofMillis(100));
    }

    /** The Ready page when the cues cannot play: the notice stays on screen with the reason. */
    private void readyWithoutSound(UiTestApp a) {
        PreSessionViewModel model = new PreSessionViewModel(partner, a.services.tasks(), a.services.receivers(),
                a.services.planner(), a.started::add, a.navigator()::showLibrary);
        a.navigator().show(new org.easeback.ui.presession.PreSessionView(model,
                org.easeback.cues.SoundStatus.offFor("Could not create player!")));
        advance(tickAll(model), 3);
    }

    /** Sam's editor with three sore spots, one selected with a note, and a click on the spine refused. */
    private static void editorWithSpotsAndARefusal(UiTestApp a) {
        ReceiverEditorModel model = editorForSam(a);
        model.map().select(0);
        model.map().place(new MapPoint(0.5, 0.45));
    }

    /** Sam's editor: sweet almond with a nut allergy, so the carrier shows its refusal. */
    private static ReceiverEditorModel editorForSam(UiTestApp a) {
        ReceiversView list = a.shell.receiversScreen();
        a.navigator().show(list);
        StoredReceiver sam = list.model().receivers().stream().filter(r -> r.name().equals("Sam")).findFirst()
                .orElseThrow();
        ReceiverEditorModel model = new ReceiverEditorModel(new SameThreadBackgroundTasks(),
                list.model().store(), sam);
        a.navigator().show(new ReceiverEditorView(model, s -> { }, () -> { }));
        return model;
    }

    private DynamicTest shot(FxRobot robot, String file, Consumer<UiTestApp> setUp) {
        return DynamicTest.dynamicTest(file, () -> {
            robot.interact(() -> {
                app.navigator().showLibrary();
                setUp.accept(app);
            });
            WindowSnapshot.save(robot, app.stage, WindowSnapshot.folder("target/screenshots").resolve(file));
        });
    }

    /** A shot at 1024×700, the smallest window the app supports; the window goes back to 1280×800 after. */
    private DynamicTest smallShot(FxRobot robot, String file, Consumer<UiTestApp> setUp) {
        return DynamicTest.dynamicTest(file, () -> {
            robot.interact(() -> {
                app.stage.setWidth(1024);
                app.stage.setHeight(700);
                app.navigator().showLibrary();
                setUp.accept(app);
            });
            try {
                WindowSnapshot.save(robot, app.stage, WindowSnapshot.folder("target/screenshots").resolve(file));
            } finally {
                robot.interact(() -> {
                    app.stage.setWidth(UiTestApp.WIDTH);
                    app.stage.setHeight(UiTestApp.HEIGHT);
                });
            }
        });
    }

    /** Settings scrolled to the voice section, the Test voice button focused. */
    private static void voiceSettings(UiTestApp a) {
        a.navigator().showSettings();
        a.stage.getScene().getRoot().applyCss();
        a.stage.getScene().getRoot().layout();
        a.stage.getScene().lookup(".test-voice").requestFocus();
    }

    /** The first setup step of the partner routine with its picture, once the picture has loaded. */
    private DynamicTest pictureShot(FxRobot robot, String file, double width, double height) {
        return DynamicTest.dynamicTest(file, () -> {
            robot.interact(() -> {
                app.stage.setWidth(width);
                app.stage.setHeight(height);
                app.navigator().showLibrary();
                runUntil(player(app), s -> s.currentEntry().orElseThrow().kind() == EntryKind.SETUP, 1);
            });
            try {
                boolean shown = false;
                for (int i = 0; i < 200 && !shown; i++) {
                    Thread.sleep(25);
                    robot.interact(() -> { });
                    javafx.scene.Node picture = app.stage.getScene().lookup(".player-picture");
                    shown = picture != null && picture.isVisible() && picture.getLayoutBounds().getHeight() > 50;
                }
                org.assertj.core.api.Assertions.assertThat(shown).as("the step's picture is on screen").isTrue();
                WindowSnapshot.save(robot, app.stage, WindowSnapshot.folder("target/screenshots").resolve(file));
            } finally {
                robot.interact(() -> {
                    app.stage.setWidth(UiTestApp.WIDTH);
                    app.stage.setHeight(UiTestApp.HEIGHT);
                });
            }
        });
    }

    private static void search(UiTestApp a, String text) {
        ((TextField) a.stage.getScene().lookup(".search")).setText(text);
    }

    private static PreSessionViewModel yes(PreSessionViewModel model, String questionId) {
        model.next();
        model.answers().stream().filter(a -> a.question().id().equals(questionId))
                .forEach(a -> a.yesProperty().set(true));
        return model;
    }

    private static PreSessionViewModel tickAll(PreSessionViewModel model) {
        model.checklist().forEach(i -> i.tickedProperty().set(true));
        return model;
    }

    private static PreSessionViewModel advance(PreSessionViewModel model, int steps) {
        for (int i = 0; i < steps; i++) {
            model.next();
        }
        return model;
    }
}
