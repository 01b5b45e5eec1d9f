package org.easeback.ui.player;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.easeback.engine.EntryKind;
import org.easeback.engine.SessionState;
import org.easeback.safety.CheckInAnswer;
import org.easeback.ui.backmap.BackMapView;

/**
 * The player's node tree, bound to a {@link PlayerViewModel}: the session screen with its check-in and
 * stop-confirmation overlays, the safety stop screen and the summary. Keys are caught by a filter on the scene,
 * so they work wherever focus is; P (pain stop) works on every one of these screens.
 */
public final class PlayerView {

    /** Lines per summary list before "… and N more": what fits at the smallest window. */
    private static final int SUMMARY_LINES = 11;

    private final PlayerViewModel vm;
    private final Runnable onClose;
    private final StackPane root = new StackPane();
    private final BackMapView backMap = new BackMapView();
    private final PacePulse pacePulse = new PacePulse();
    private final CountdownRing ring = new CountdownRing();
    private final SideBadge sideBadge = new SideBadge();
    private final PressureBadge pressureBadge = new PressureBadge();
    private final SegmentedProgressBar progress = new SegmentedProgressBar();
    private final VBox summaryBody = new VBox();
    private final Label summaryHeading = new Label();
    private final EventHandler<KeyEvent> keys = this::onKey;

    /** @param onClose called when the giver leaves the summary (back to the library) */
    public PlayerView(PlayerViewModel vm, Runnable onClose) {
        this.vm = Objects.requireNonNull(vm);
        this.onClose = Objects.requireNonNull(onClose);
        root.getStyleClass().add("player");
        root.getStylesheets().add(Objects.requireNonNull(
                PlayerView.class.getResource("player.css")).toExternalForm());
        root.setFocusTraversable(true);
        Node session = sessionScreen();
        Node checkIn = checkInOverlay();
        Node confirm = confirmOverlay();
        Node stop = stopScreen();
        Node summary = summaryScreen();
        session.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SESSION));
        checkIn.visibleProperty().bind(vm.checkInShowingProperty()
                .and(vm.phaseProperty().isEqualTo(PlayerPhase.SESSION)));
        confirm.visibleProperty().bind(vm.confirmStopShowingProperty());
        stop.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SAFETY_STOP));
        summary.visibleProperty().bind(vm.phaseProperty().isEqualTo(PlayerPhase.SUMMARY));
        root.getChildren().addAll(session, checkIn, confirm, stop, summary);
        root.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        wireAnimations();
    }

    /** The root node, with player.css attached. */
    public StackPane root() {
        return root;
    }

    /** Detaches the key filter from the scene; call when the player leaves the window. */
    public void detach() {
        Scene scene = root.getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        backMap.stopStroke();
        pacePulse.reset();
    }

    // ---------------------------------------------------------------- keys

    private void onKey(KeyEvent e) {
        if (!root.isVisible() || root.getScene() == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.P) {
            vm.painStop();
            e.consume();
            return;
        }
        switch (vm.phaseProperty().get()) {
            case SAFETY_STOP -> {
                if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
                    vm.showSummary();
                    e.consume();
                }
            }
            case SUMMARY -> {
                if (code == KeyCode.ENTER || code == KeyCode.SPACE || code == KeyCode.ESCAPE) {
                    e.consume();
                    onClose.run();
                }
            }
            case SESSION -> onSessionKey(code, e);
        }
    }

    private void onSessionKey(KeyCode code, KeyEvent e) {
        if (vm.confirmStopShowingProperty().get()) {
            if (code == KeyCode.ENTER) {
                vm.confirmStop();
            } else if (code == KeyCode.ESCAPE) {
                vm.cancelStop();
            }
            e.consume();
            return;
        }
        int digit = digit(code);
        if (vm.checkInShowingProperty().get()) {
            if (digit >= 1 && digit <= 4) {
                vm.answerKey(digit);
            } else if (code == KeyCode.ESCAPE) {
                vm.requestStop();
            }
            e.consume();
            return;
        }
        switch (code) {
            case SPACE -> vm.primary();
            case RIGHT -> vm.next();
            case LEFT -> vm.back();
            case E -> vm.extend();
            case ESCAPE -> vm.requestStop();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- the session screen

    private Node sessionScreen() {
        Label routine = label("player-routine", vm.plan().title() + "  ·  for " + vm.receiver().name());
        Label elapsed = new Label();
        elapsed.getStyleClass().add("player-clock");
        elapsed.textProperty().bind(Bindings.createStringBinding(
                () -> "Elapsed " + PlayerFormat.clock(vm.elapsedProperty().get()), vm.elapsedProperty()));
        Label remaining = new Label();
        remaining.getStyleClass().add("player-clock");
        remaining.textProperty().bind(Bindings.createStringBinding(
                () -> "Remaining " + PlayerFormat.clock(vm.remainingInSessionProperty().get()),
                vm.remainingInSessionProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(routine, spacer, elapsed, remaining);
        header.getStyleClass().add("player-header");
        header.setAlignment(Pos.CENTER_LEFT);

        progress.setSegments(vm.plan().entries().stream()
                .map(e -> new SegmentedProgressBar.Segment(e.seconds().orElse(0),
                        e.checkIn() ? "segment-check-in" : "segment-" + e.kind().jsonName()))
                .toList());
        progress.currentIndexProperty().bind(Bindings.createIntegerBinding(
                () -> vm.phaseProperty().get() == PlayerPhase.SESSION || vm.summaryProperty().get() == null
                        ? vm.entryIndexProperty().get()
                        : vm.summaryProperty().get().finished() ? vm.plan().size() : vm.entryIndexProperty().get(),
                vm.entryIndexProperty(), vm.phaseProperty(), vm.summaryProperty()));
        progress.currentFractionProperty().bind(vm.entryProgressProperty());

        Label caution = label("player-caution", "");
        caution.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("  ", vm.cautions()), vm.cautions()));
        caution.visibleProperty().bind(caution.textProperty().isNotEmpty());
        caution.managedProperty().bind(caution.visibleProperty());
        caution.setWrapText(true);

        Label notSaved = label("player-not-saved", "");
        notSaved.textProperty().bind(vm.notSavedProperty());
        notSaved.visibleProperty().bind(notSaved.textProperty().isNotEmpty());
        notSaved.managedProperty().bind(notSaved.visibleProperty());
        notSaved.setWrapText(true);
        VBox top = new VBox(header, progress, caution, notSaved);
        top.getStyleClass().add("player-top");

        Label position = bound("player-position", vm.positionProperty());
        Label title = bound("player-title", vm.titleProperty());
        title.setWrapText(true);
        Label location = bound("player-location", vm.locationProperty());
        location.visibleProperty().bind(vm.locationProperty().isNotEmpty());
        location.managedProperty().bind(location.visibleProperty());
        Label paused = label("player-paused", "PAUSED · press Space to resume");
        paused.visibleProperty().bind(vm.stateProperty().isEqualTo(SessionState.PAUSED));
        paused.managedProperty().bind(paused.visibleProperty());
        Label waiting = label("player-waiting", "Press Space when done");
        waiting.visibleProperty().bind(vm.stateProperty().isEqualTo(SessionState.AWAITING_DONE));
        waiting.managedProperty().bind(waiting.visibleProperty());
        Label instructions = bound("player-instructions", vm.instructionsProperty());
        instructions.setWrapText(true);
        instructions.setMinHeight(0);
        VBox.setVgrow(instructions, Priority.ALWAYS);
        instructions.setMaxHeight(Double.MAX_VALUE);
        instructions.setAlignment(Pos.TOP_LEFT);
        Label status = bound("player-status", vm.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label next = bound("player-next", vm.nextProperty());
        VBox text = new VBox(position, title, location, paused, waiting, instructions, status, next);
        text.getStyleClass().add("player-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        ring.totalSecondsProperty().bind(vm.entryLengthProperty());
        ring.remainingSecondsProperty().bind(vm.remainingInEntryProperty());
        ring.captionProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case PAUSED -> "paused";
            case AWAITING_DONE -> "Done? Space";
            case CHECKING_IN -> "check-in";
            default -> "left";
        }, vm.stateProperty()));
        sideBadge.sideProperty().bind(vm.sideProperty());
        pressureBadge.pressureProperty().bind(vm.pressureProperty());
        pacePulse.strokesPerMinuteProperty().bind(vm.strokesPerMinuteProperty());
        VBox badges = new VBox(sideBadge, pressureBadge, pacePulse);
        badges.getStyleClass().add("player-badges");
        HBox.setHgrow(ring, Priority.ALWAYS);
        ring.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        HBox gauges = new HBox(ring, badges);
        gauges.getStyleClass().add("player-gauges");
        gauges.setAlignment(Pos.CENTER);

        backMap.diagramProperty().bind(vm.diagramProperty());
        backMap.sideProperty().bind(vm.sideProperty());
        backMap.highlightedSpotProperty().bind(vm.spotProperty());
        StackPane map = new StackPane(backMap);
        map.getStyleClass().add("player-map");
        map.visibleProperty().bind(vm.kindProperty().isEqualTo(EntryKind.TECHNIQUE)
                .or(vm.kindProperty().isEqualTo(EntryKind.SORE_SPOT)));
        map.managedProperty().bind(map.visibleProperty());
        VBox.setVgrow(map, Priority.ALWAYS);
        map.setMinHeight(0);
        VBox visual = new VBox(gauges, map);
        visual.getStyleClass().add("player-visual");
        visual.setMinWidth(Region.USE_PREF_SIZE);

        HBox main = new HBox(text, visual);
        main.getStyleClass().add("player-main");

        Button back = button("Back", "←", "player-back", vm::back);
        Button primary = button("Pause", "Space", "player-primary", vm::primary);
        bindLabel(primary, vm.primaryActionProperty());
        Button nextButton = button("Next", "→", "player-next-button", vm::next);
        Button extend = button("+15 s", "E", "player-extend", vm::extend);
        Button stop = button("Stop", "Esc", "player-stop", vm::requestStop);
        Button pain = button("Pain: stop now", "P", "player-pain", vm::painStop);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(back, primary, nextButton, extend, gap, stop, pain);
        controls.getStyleClass().add("player-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        BorderPane pane = new BorderPane(main, top, null, controls, null);
        pane.getStyleClass().add("player-session");
        return pane;
    }

    private void wireAnimations() {
        vm.beatsProperty().addListener((o, a, b) -> {
            Duration interval = Duration.seconds(vm.beatIntervalSeconds());
            pacePulse.beat(interval);
            if (vm.diagramProperty().get() != null) {
                backMap.playStroke(interval);
            }
        });
        vm.entryIndexProperty().addListener((o, a, b) -> {
            pacePulse.reset();
            backMap.stopStroke();
            backMap.strokeProgressProperty().set(0);
        });
        vm.stateProperty().addListener((o, a, b) -> {
            if (b != SessionState.RUNNING) {
                backMap.stopStroke();
            }
        });
        vm.kindProperty().addListener((o, a, b) -> showSpots());
        showSpots();
    }

    private void showSpots() {
        if (vm.kindProperty().get() == EntryKind.SORE_SPOT) {
            backMap.spots().setAll(vm.soreSpots());
        } else {
            backMap.spots().clear();
        }
    }

    // ---------------------------------------------------------------- overlays

    private Node checkInOverlay() {
        Label heading = label("overlay-heading", "");
        heading.textProperty().bind(vm.checkInPromptProperty());
        heading.setWrapText(true);
        Label note = label("overlay-note", "Paused until the receiver answers. Press 1, 2, 3 or 4.");
        note.setWrapText(true);
        VBox answers = new VBox();
        answers.getStyleClass().add("checkin-answers");
        Runnable fill = () -> {
            answers.getChildren().clear();
            for (CheckInOption option : vm.checkInOptions()) {
                answers.getChildren().add(answerButton(option));
            }
        };
        vm.checkInOptions().addListener((javafx.collections.ListChangeListener<CheckInOption>) c -> fill.run());
        fill.run();
        return overlay("checkin", heading, note, answers);
    }

    private Button answerButton(CheckInOption option) {
        Label key = label("answer-key", String.valueOf(option.answer().key()));
        Label name = label("answer-name", option.answer().label());
        Label effect = label("answer-effect", option.effect());
        HBox content = new HBox(key, name, effect);
        content.getStyleClass().add("answer-content");
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(option.text(), content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("answer-button",
                "answer-" + option.answer().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setAccessibleText(option.detail().isEmpty() ? option.text() : option.detail());
        CheckInAnswer answer = option.answer();
        b.setOnAction(e -> vm.answer(answer));
        return b;
    }

    private Node confirmOverlay() {
        Label heading = label("overlay-heading", "Stop the session?");
        Label note = label("overlay-note", "Enter stops and shows the summary. Esc keeps going. "
                + "For pain, press P: it stops at once.");
        note.setWrapText(true);
        Button yes = button("Stop session", "Enter", "confirm-stop", vm::confirmStop);
        Button no = button("Keep going", "Esc", "confirm-cancel", vm::cancelStop);
        Button pain = button("Pain: stop now", "P", "player-pain", vm::painStop);
        HBox buttons = new HBox(no, yes, pain);
        buttons.getStyleClass().add("overlay-buttons");
        return overlay("confirm", heading, note, buttons);
    }

    /** A card of {@code content} centred over the player; {@code kind} names its styles. */
    private static Node overlay(String kind, Node... content) {
        VBox card = new VBox(content);
        card.getStyleClass().addAll("overlay-card", kind + "-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.getStyleClass().addAll("player-overlay", kind + "-overlay");
        return overlay;
    }

    // ---------------------------------------------------------------- stop and summary

    private Node stopScreen() {
        Label heading = label("stop-heading", "Session stopped");
        Label message = bound("stop-message", vm.stopMessageProperty());
        message.setWrapText(true);
        Label recorded = label("stop-recorded",
                "The stop is recorded in the session summary. Do not carry on with the massage today.");
        recorded.setWrapText(true);
        Button summary = button("See summary", "Enter", "stop-summary", vm::showSummary);
        VBox box = new VBox(heading, message, recorded, summary);
        box.getStyleClass().add("player-stop-screen");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node summaryScreen() {
        summaryHeading.getStyleClass().add("summary-heading");
        summaryBody.getStyleClass().add("summary-body");
        Button close = button("Back to the library", "Enter", "summary-close", onClose);
        VBox box = new VBox(summaryHeading, summaryBody, close);
        box.getStyleClass().add("player-summary");
        vm.summaryProperty().addListener((o, a, s) -> fillSummary(s));
        return box;
    }

    private void fillSummary(SessionSummary s) {
        summaryBody.getChildren().clear();
        if (s == null) {
            return;
        }
        summaryHeading.setText(s.stopReason().map(r -> switch (r) {
            case PAIN -> "Session stopped for pain";
            case ABANDONED -> "Session stopped early";
        }).orElse("Session complete"));
        Label line = label("summary-line", "");
        line.setWrapText(true);
        summaryBody.getChildren().add(line);
        line.setText(
                s.routineTitle() + " for " + s.receiverName() + " · duration "
                        + PlayerFormat.duration(s.duration().toSeconds()) + " (pauses included), "
                        + PlayerFormat.duration(s.runningTime().toSeconds()) + " of timed work");
        s.stopReason().ifPresent(r -> {
            String during = s.stoppedDuring().isEmpty() ? "" : "During “" + s.stoppedDuring() + "”: ";
            Label stop = label("summary-stop", during + (r == org.easeback.engine.StopReason.PAIN
                    ? s.stopMessage() : "stopped by the giver before the end."));
            stop.setWrapText(true);
            summaryBody.getChildren().add(stop);
        });
        HBox columns = new HBox(list("Done", s.done(), "Nothing was completed."),
                list("Check-in answers", s.checkIns(), "No check-in was answered."));
        columns.getStyleClass().add("summary-columns");
        summaryBody.getChildren().add(columns);
    }

    private VBox list(String heading, java.util.List<String> lines, String empty) {
        VBox box = new VBox(label("summary-subheading", heading));
        box.getStyleClass().add("summary-list");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        int shown = 0;
        for (String line : lines) {
            if (shown == SUMMARY_LINES && lines.size() > SUMMARY_LINES + 1) {
                box.getChildren().add(label("summary-item", "… and " + (lines.size() - SUMMARY_LINES) + " more"));
                break;
            }
            Label item = label("summary-item", "• " + line);
            item.setWrapText(true);
            box.getChildren().add(item);
            shown++;
        }
        if (lines.isEmpty()) {
            box.getChildren().add(label("summary-item", empty));
        }
        return box;
    }

    // ---------------------------------------------------------------- small builders

    private static Label label(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static Label bound(String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        return l;
    }

    private static Button button(String action, String key, String styleClass, Runnable handler) {
        Label actionLabel = label("button-action", action);
        Label keyLabel = label("button-key", key);
        VBox content = new VBox(actionLabel, keyLabel);
        content.setAlignment(Pos.CENTER);
        Button b = new Button(action, content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("player-button", styleClass);
        // Keys are handled by the scene filter; buttons must not take focus and swallow Space.
        b.setFocusTraversable(false);
        b.setAccessibleText(action + " (" + key + ")");
        b.setOnAction(e -> handler.run());
        return b;
    }

    private static void bindLabel(Button b, ObservableValue<String> text) {
        Label action = (Label) ((VBox) b.getGraphic()).getChildren().get(0);
        action.textProperty().bind(text);
        b.textProperty().bind(text);
    }
}
